package org.actionmap.plan.ui;

import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.LiveRefresh;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanViews.Overview;
import org.actionmap.plan.PlanViews.TaskRollUp;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetStatus;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.shell.MainLayout;

import java.util.Map;
import java.util.Optional;

/** The plan at a glance: its tasks, who is responsible, and how their targets stand. */
@Route(value = "plan", layout = MainLayout.class)
@PermitAll
public class PlanOverviewView extends VerticalLayout implements HasDynamicTitle {

    public PlanOverviewView(PlanService plans, OrgUnitService units, LiveChanges live) {
        setSizeFull();
        Optional<Overview> overview = plans.overview();
        if (overview.isEmpty()) {
            add(new H2(getTranslation("plan.title")), new Paragraph(getTranslation("plan.none-loaded")));
            return;
        }
        Overview plan = overview.get();
        Map<Long, OrgUnitInfo> unitsById = units.byId();

        H2 title = new H2(plan.title(getLocale()));
        title.setId("plan-title");
        Paragraph period = new Paragraph(getTranslation("plan.reporting-state",
                QuantityFormat.month(plan.year(), Math.max(plan.dueMonth(), 1), getLocale())));
        period.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        Grid<TaskRollUp> grid = new Grid<>();
        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TaskRollUp::number).setHeader(getTranslation("plan.column.number")).setWidth("5em").setFlexGrow(0);
        grid.addComponentColumn(t -> {
            // a real link: a task can be opened in a new tab and its address copied
            Anchor link = new Anchor("plan/tasks/" + t.number(), t.title(getLocale()));
            link.getStyle().set("font-weight", "500");
            return link;
        }).setHeader(getTranslation("plan.column.task")).setFlexGrow(4);
        grid.addComponentColumn(t -> new UnitChips(t.responsibleUnitIds(), unitsById, getLocale()))
                .setHeader(getTranslation("plan.column.responsible")).setFlexGrow(3);
        grid.addComponentColumn(StatusBar::new).setHeader(getTranslation("plan.column.progress")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("plan.targets-met", t.count(TargetStatus.MET), t.targetCount()))
                .setHeader(getTranslation("plan.column.targets")).setFlexGrow(1);
        grid.setItems(plan.tasks());
        // every task's roll-up follows colleagues' reports and map changes without a reload
        LiveRefresh.keep(this, live, e -> true, events -> plans.overview().ifPresent(o -> grid.setItems(o.tasks())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskDetailView.class, e.getItem().number())));
        grid.setAllRowsVisible(false);
        grid.setSizeFull();

        add(title, period, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title") + " · " + getTranslation("app.name");
    }
}
