package org.actionmap.plan.ui;

import org.actionmap.collaboration.ChangeEvent;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.LiveRefresh;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanViews.Overview;
import org.actionmap.plan.PlanViews.UnitTarget;
import org.actionmap.plan.ProgressService;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.plan.TargetInfo;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.SignedInUser;
import org.actionmap.shell.MainLayout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A unit's work list: the targets it reports, what is due this month, and a report button on each. */
@Route(value = "my-tasks", layout = MainLayout.class)
@RolesAllowed("STAFF")
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final transient PlanService plans;
    private final transient ProgressService progress;
    private final transient ReportingCalendar calendar;
    private final Grid<UnitTarget> grid = new Grid<>();
    private final Checkbox onlyMine = new Checkbox();
    private final Checkbox onlyDue = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private int year;

    private final transient org.actionmap.collaboration.EditLocks locks;
    private final transient LiveChanges live;
    private final transient OrgUnitService units;
    private final transient CurrentUser currentUser;

    public MyTasksView(PlanService plans, ProgressService progress, ReportingCalendar calendar, CurrentUser currentUser,
                       OrgUnitService units, LiveChanges live, org.actionmap.collaboration.EditLocks locks) {
        this.locks = locks;
        this.live = live;
        this.units = units;
        this.currentUser = currentUser;
        this.plans = plans;
        this.progress = progress;
        this.calendar = calendar;
        setSizeFull();
        SignedInUser me = currentUser.require();
        Map<Long, OrgUnitInfo> unitsById = units.byId();
        String unitName = me.unitId() == null ? "" : unitsById.get(me.unitId()).name(getLocale());
        H2 title = new H2(getTranslation("my-tasks.title", unitName));
        Optional<Overview> overview = plans.overview();
        if (overview.isEmpty()) {
            add(title, new Paragraph(getTranslation("plan.none-loaded")));
            return;
        }
        year = overview.get().year();
        int due = overview.get().dueMonth();

        summary.setId("my-tasks-summary");
        onlyMine.setLabel(getTranslation("my-tasks.only-mine"));
        onlyMine.setValue(true);
        onlyDue.setLabel(getTranslation("my-tasks.only-due", QuantityFormat.month(year, Math.max(due, 1), getLocale())));
        onlyMine.addValueChangeListener(e -> refresh());
        onlyDue.addValueChangeListener(e -> refresh());

        grid.setId("my-targets");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::taskLink)
                .setHeader(getTranslation("my-tasks.column.task")).setFlexGrow(2);
        grid.addColumn(u -> u.progress().target().name(getLocale())).setHeader(getTranslation("my-tasks.column.target")).setFlexGrow(2);
        grid.addColumn(u -> TargetRow.actualText(u.progress(), getLocale()) + " / " + TargetRow.aimText(u.progress().target(), getLocale()))
                .setHeader(getTranslation("my-tasks.column.figure")).setFlexGrow(2);
        grid.addComponentColumn(u -> new StatusBadge(u.progress().status())).setHeader(getTranslation("my-tasks.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::dueState).setHeader(getTranslation("my-tasks.column.this-month")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            if (!u.mayReport()) {
                return new Span();
            }
            Button report = new Button(getTranslation("progress.report"), VaadinIcon.PENCIL.create(), e -> open(u.progress().target()));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            report.addClassName("report-button");
            return report;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();

        add(title, summary, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(onlyMine, onlyDue), grid);
        expand(grid);
        refresh();
        // colleagues' reports (a town's share of a group target) and map changes show without a reload
        LiveRefresh.keep(this, live, ChangeEvent::changesContent, events -> refresh());
    }

    /** Whether the unit still owes the due month's report; computed and followed targets owe nothing. */
    private Span dueState(UnitTarget u) {
        if (!u.reportedByMyUnit()) {
            return new Span(getTranslation("my-tasks.followed"));
        }
        if (!u.mayReport()) {
            return new Span(getTranslation("my-tasks.computed"));
        }
        Span s = new Span(getTranslation(u.dueReported() ? "my-tasks.reported" : "my-tasks.due"));
        s.getStyle().set("color", u.dueReported() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        return s;
    }

    /** The task's number and title, clamped to two lines; the whole title shows on hover. */
    private Anchor taskLink(UnitTarget u) {
        String title = u.progress().target().taskNumber() + ". " + u.taskTitle(getLocale());
        Anchor link = new Anchor("plan/tasks/" + u.progress().target().taskNumber(), title);
        link.setTitle(title);
        link.getStyle().set("display", "-webkit-box").set("-webkit-line-clamp", "2")
                .set("-webkit-box-orient", "vertical").set("overflow", "hidden");
        return link;
    }

    private void open(TargetInfo target) {
        new ProgressDialog(progress, target, year, calendar.openMonth(year), calendar.dueMonth(year), this::refresh,
                new ProgressDialog.Collaborators(locks, live, units.byId(), currentUser.require())).open();
    }

    private void refresh() {
        List<UnitTarget> all = plans.myTargets();
        long mine = all.stream().filter(UnitTarget::mayReport).count();
        long dueOpen = all.stream().filter(u -> u.mayReport() && !u.dueReported()).count();
        long computed = all.stream().filter(u -> u.reportedByMyUnit() && !u.mayReport()).count();
        String text = getTranslation("my-tasks.summary", mine, dueOpen,
                QuantityFormat.month(year, Math.max(calendar.dueMonth(year), 1), getLocale()));
        if (computed > 0) {
            text += " " + getTranslation("my-tasks.summary-computed", computed);
        }
        summary.setText(text);
        grid.setItems(all.stream()
                .filter(u -> !onlyMine.getValue() || u.reportedByMyUnit())
                .filter(u -> !onlyDue.getValue() || !u.dueReported())
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-tasks") + " · " + getTranslation("app.name");
    }
}
