package org.actionmap.land.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelPurpose;
import org.actionmap.land.ParcelStatus;
import org.actionmap.land.ZoneSummary;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.shell.ExportSelection;
import org.actionmap.plan.PlanViews.TaskRef;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The parcels as a list beside the map, filtered by zone, township, status and purpose; a row opens the parcel, its
 * checkbox selects it for "Export selected".
 */
class ParcelListPanel extends VerticalLayout {

    private List<ParcelDetails> all;
    private final Grid<ParcelDetails> grid = new Grid<>();
    private final ComboBox<ZoneSummary> zone = new ComboBox<>();
    private final ComboBox<OrgUnitInfo> township = new ComboBox<>();
    private final Select<ParcelStatus> status = new Select<>();
    private final Select<ParcelPurpose> purpose = new Select<>();
    private final ComboBox<TaskRef> task = new ComboBox<>();
    private final Span count = new Span();
    private final com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor();
    private final ExportSelection<ParcelDetails> selection = new ExportSelection<>(grid, "parcels", ParcelDetails::code);

    ParcelListPanel(List<ParcelDetails> parcels, List<ZoneSummary> zones, Map<Long, OrgUnitInfo> units,
                    List<TaskRef> tasks, Consumer<ParcelDetails> open) {
        this.all = parcels;
        setPadding(false);
        setId("parcel-list");

        zone.setLabel(getTranslation("parcel.zone"));
        // township outlines have their own filter: the zone filter lists the EDZ areas and the parks
        zone.setItems(zones.stream().filter(z -> !"TOWNSHIP".equals(z.kind())).toList());
        zone.setItemLabelGenerator(z -> z.name(getLocale()));
        zone.setClearButtonVisible(true);
        zone.setId("filter-zone");
        township.setLabel(getTranslation("parcel.township"));
        township.setItems(parcels.stream().map(ParcelDetails::townshipUnitId).filter(Objects::nonNull).distinct()
                .map(units::get).filter(Objects::nonNull).toList());
        township.setItemLabelGenerator(u -> u.name(getLocale()));
        township.setClearButtonVisible(true);
        status.setLabel(getTranslation("parcel.status"));
        status.setItems(ParcelStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("parcel.filter.all") : getTranslation("parcel.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("parcel.filter.all"));
        status.setId("filter-status");
        purpose.setLabel(getTranslation("parcel.purpose"));
        purpose.setItems(ParcelPurpose.values());
        purpose.setItemLabelGenerator(p -> p == null ? getTranslation("parcel.filter.all") : getTranslation("parcel.purpose." + p.name()));
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption(getTranslation("parcel.filter.all"));
        task.setLabel(getTranslation("parcel.task"));
        task.setItems(tasks);
        task.setItemLabelGenerator(t -> t.label(getLocale()));
        task.setClearButtonVisible(true);
        task.setId("filter-task");
        task.addValueChangeListener(e -> filter());
        List.of(zone, township, task).forEach(f -> f.setWidthFull());
        status.setWidthFull();
        purpose.setWidthFull();
        zone.addValueChangeListener(e -> filter());
        township.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        purpose.addValueChangeListener(e -> filter());

        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        grid.setId("parcel-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ParcelDetails::code).setHeader(getTranslation("parcel.code")).setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> getTranslation("parcel.status." + p.status().name())).setHeader(getTranslation("parcel.status")).setAutoWidth(true);
        grid.addColumn(p -> number.format(p.areaMu())).setHeader(getTranslation("parcel.area-mu")).setAutoWidth(true)
                .setComparator(ParcelDetails::areaM2).setSortable(true);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.setHeight("24em");
        count.setId("parcel-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        export.setText(getTranslation("export.link"));
        export.setId("parcel-list-export");
        selection.button().setId("parcel-list-export-selected");
        HorizontalLayout exports = new HorizontalLayout(export, selection.button());
        exports.setAlignItems(Alignment.CENTER);
        add(zone, township, status, purpose, task, count, exports, grid);
        filter();
    }

    /** Colleagues changed parcels: the list shows them as they are now, under the same filters. */
    void replaceItems(List<ParcelDetails> parcels) {
        this.all = parcels;
        filter();
    }

    private void filter() {
        List<ParcelDetails> shown = all.stream()
                .filter(p -> zone.getValue() == null || zone.getValue().code().equals(p.zoneCode()))
                .filter(p -> township.getValue() == null || township.getValue().id().equals(p.townshipUnitId()))
                .filter(p -> status.getValue() == null || status.getValue() == p.status())
                .filter(p -> purpose.getValue() == null || purpose.getValue() == p.purpose())
                .filter(p -> task.getValue() == null || p.taskIds().contains(task.getValue().id()))
                .toList();
        selection.setItems(shown);
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        count.setText(getTranslation("parcel.list-count", shown.size(),
                number.format(shown.stream().mapToDouble(ParcelDetails::areaMu).sum())));
        export.setHref(exportAddress());
    }

    /** The export page with the list's filters, by address: the land module knows no export module. */
    private String exportAddress() {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("layer", "parcels");
        if (zone.getValue() != null) {
            filters.put("zone", zone.getValue().code());
        }
        if (township.getValue() != null) {
            filters.put("township", township.getValue().code());
        }
        if (status.getValue() != null) {
            filters.put("status", status.getValue().name());
        }
        if (purpose.getValue() != null) {
            filters.put("purpose", purpose.getValue().name());
        }
        if (task.getValue() != null) {
            filters.put("task", String.valueOf(task.getValue().number()));
        }
        return "export?" + com.vaadin.flow.router.QueryParameters.simple(filters).getQueryString();
    }
}
