package org.actionmap.site.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.actionmap.plan.PlanViews.TaskRef;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.shell.ExportSelection;
import org.actionmap.site.SiteDetails;
import org.actionmap.site.SiteKind;
import org.actionmap.site.SiteStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The sites as a list beside the map, filtered by kind, status, task and responsible unit; a row opens the site, its
 * checkbox selects it for "Export selected".
 */
class SiteListPanel extends VerticalLayout {

    private List<SiteDetails> all;
    private final Grid<SiteDetails> grid = new Grid<>();
    private final Select<SiteKind> kind = new Select<>();
    private final Select<SiteStatus> status = new Select<>();
    private final ComboBox<TaskRef> task = new ComboBox<>();
    private final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    private final Span count = new Span();
    private final com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor();
    private final ExportSelection<SiteDetails> selection = new ExportSelection<>(grid, "sites", SiteDetails::code);

    SiteListPanel(List<SiteDetails> sites, Map<Long, OrgUnitInfo> units, List<TaskRef> tasks, Consumer<SiteDetails> open) {
        this.all = sites;
        setPadding(false);
        setId("site-list");

        kind.setLabel(getTranslation("site.kind"));
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("site.filter.all") : getTranslation("site.kind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("site.filter.all"));
        kind.setId("site-filter-kind");
        status.setLabel(getTranslation("site.status"));
        status.setItems(SiteStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("site.filter.all") : getTranslation("site.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("site.filter.all"));
        status.setId("site-filter-status");
        task.setLabel(getTranslation("site.task"));
        task.setItems(tasks);
        task.setItemLabelGenerator(t -> t.label(getLocale()));
        task.setClearButtonVisible(true);
        task.setId("site-filter-task");
        unit.setLabel(getTranslation("site.unit"));
        // only the units that hold sites: a list of every unit of the city would hide the few that matter
        unit.setItems(sites.stream().map(SiteDetails::responsibleUnitId).distinct().map(units::get)
                .filter(Objects::nonNull).toList());
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        unit.setId("site-filter-unit");
        kind.setWidthFull();
        status.setWidthFull();
        task.setWidthFull();
        unit.setWidthFull();
        kind.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        task.addValueChangeListener(e -> filter());
        unit.addValueChangeListener(e -> filter());

        grid.setId("site-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SiteDetails::code).setHeader(getTranslation("site.code")).setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("site.name")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("site.status." + s.status().name())).setHeader(getTranslation("site.status"))
                .setAutoWidth(true).setSortable(true).setComparator(SiteDetails::status);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.setHeight("26em");
        count.setId("site-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        export.setText(getTranslation("export.link"));
        export.setId("site-list-export");
        selection.button().setId("site-list-export-selected");
        HorizontalLayout exports = new HorizontalLayout(export, selection.button());
        exports.setAlignItems(Alignment.CENTER);
        add(kind, status, task, unit, count, exports, grid);
        filter();
    }

    /** Colleagues changed sites: the list shows them as they are now, under the same filters. */
    void replaceItems(List<SiteDetails> sites) {
        this.all = sites;
        filter();
    }

    private void filter() {
        List<SiteDetails> shown = all.stream()
                .filter(s -> kind.getValue() == null || kind.getValue() == s.kind())
                .filter(s -> status.getValue() == null || status.getValue() == s.status())
                .filter(s -> task.getValue() == null || s.taskIds().contains(task.getValue().id()))
                .filter(s -> unit.getValue() == null || unit.getValue().id().equals(s.responsibleUnitId()))
                .toList();
        selection.setItems(shown);
        count.setText(getTranslation("site.list-count", shown.size()));
        export.setHref(exportAddress());
    }

    /** The export page with the list's filters, by address: the site module knows no export module. */
    private String exportAddress() {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("layer", "sites");
        if (kind.getValue() != null) {
            filters.put("kind", kind.getValue().name());
        }
        if (status.getValue() != null) {
            filters.put("status", status.getValue().name());
        }
        if (task.getValue() != null) {
            filters.put("task", String.valueOf(task.getValue().number()));
        }
        if (unit.getValue() != null) {
            filters.put("unit", unit.getValue().code());
        }
        return "export?" + com.vaadin.flow.router.QueryParameters.simple(filters).getQueryString();
    }
}
