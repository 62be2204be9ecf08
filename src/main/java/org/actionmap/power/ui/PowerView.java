package org.actionmap.power.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.MapComponent;
import org.actionmap.map.OnlineBaseMap;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.power.Milestone;
import org.actionmap.power.PowerLineDetails;
import org.actionmap.power.PowerService;
import org.actionmap.power.RuralAreaDetails;
import org.actionmap.power.SubstationDetails;
import org.actionmap.shell.MainLayout;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The power supply bureau's workspace: its projects on a map coloured by the last milestone reached, each
 * substation's timeline of milestones planned against actual (late ones flagged, overdue projects first), the lines
 * with their geodesic length and status. The bureau records a milestone reached or a line completed; others read.
 */
@Route(value = "power", layout = MainLayout.class)
@PermitAll
public class PowerView extends VerticalLayout implements HasDynamicTitle {

    static final Map<String, String> MILESTONE_COLOURS = new LinkedHashMap<>();

    static {
        MILESTONE_COLOURS.put("NONE", "#eeeeee");
        MILESTONE_COLOURS.put(Milestone.PLANNED.name(), "#cfd8dc");
        MILESTONE_COLOURS.put(Milestone.APPROVED.name(), "#90caf9");
        MILESTONE_COLOURS.put(Milestone.CONSTRUCTION_STARTED.name(), "#ffb74d");
        MILESTONE_COLOURS.put(Milestone.COMPLETED.name(), "#aed581");
        MILESTONE_COLOURS.put(Milestone.IN_OPERATION.name(), "#2e7d32");
    }

    private final transient PowerService power;
    private final transient ReportingCalendar calendar;
    private final MapComponent map = new MapComponent();
    private final Grid<SubstationDetails> substations = new Grid<>();
    private final Grid<PowerLineDetails> lines = new Grid<>();
    private final Grid<RuralAreaDetails> ruralAreas = new Grid<>();
    private final Span ruralSummary = new Span();

    public PowerView(PowerService power, ReportingCalendar calendar, OnlineBaseMap onlineBaseMap) {
        // the same layers as on the city map
        this.power = power;
        this.calendar = calendar;
        setMaxWidth("1300px");
        boolean chinese = "zh".equals(getLocale().getLanguage());

        map.setId("power-map");
        map.setHeight("420px");
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk")));
        onlineBaseMap.layer(this::getTranslation).ifPresent(map::addLayer);
        BaseLayers.all(this::getTranslation, chinese).forEach(map::addLayer);
        new PowerMapLayers().layers(this::getTranslation, getLocale()).forEach(map::addLayer);
        map.setView(119.50, 29.25, 10.5);
        map.addFeatureClickListener(e -> power.substations().stream().filter(s -> s.code().equals(e.getFeatureId()))
                .findFirst().ifPresent(s -> substations.select(s)));

        H2 title = new H2(getTranslation("power.title"));
        title.getStyle().set("margin", "0");
        add(title, map, legend());

        H3 stationsTitle = new H3(getTranslation("power.substations"));
        substations.setId("substation-grid");
        substations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        substations.setAllRowsVisible(true);
        substations.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("power.substation")).setAutoWidth(true).setFrozen(true);
        substations.addColumn(s -> getTranslation("power.kind." + s.kind())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        substations.addComponentColumn(this::nextMilestone).setHeader(getTranslation("power.next")).setAutoWidth(true).setKey("next");
        for (Milestone m : Milestone.values()) {
            substations.addComponentColumn(s -> timelineCell(s, m)).setHeader(getTranslation("power.milestone." + m.name()))
                    .setAutoWidth(true).setKey(m.name());
        }
        if (power.mayEdit()) {
            substations.addComponentColumn(s -> {
                Button record = new Button(getTranslation("power.record"), e -> new MilestoneDialog(power, s, calendar.today(), this::refresh).open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                record.addClassName("record-milestone");
                record.getElement().setAttribute("data-substation", s.code());
                return record;
            }).setAutoWidth(true).setKey("record").setFrozenToEnd(true);
        }

        H3 linesTitle = new H3(getTranslation("power.lines"));
        lines.setId("line-grid");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lines.setHeight("22em");
        NumberFormat km = NumberFormat.getNumberInstance(getLocale());
        km.setMaximumFractionDigits(2);
        lines.addColumn(l -> l.name(getLocale())).setHeader(getTranslation("power.line")).setAutoWidth(true).setSortable(true)
                .setComparator(PowerLineDetails::code);
        lines.addColumn(l -> l.voltageKv() + " kV").setHeader(getTranslation("power.voltage")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("power.line-kind." + l.kind())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("power.line-status." + l.status())).setHeader(getTranslation("power.status")).setAutoWidth(true);
        lines.addColumn(l -> km.format(l.lengthKm())).setHeader(getTranslation("power.length-km")).setAutoWidth(true)
                .setComparator(PowerLineDetails::lengthM).setSortable(true);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        lines.addColumn(l -> l.completedOn() == null ? "—" : date.format(l.completedOn())).setHeader(getTranslation("power.completed-on")).setAutoWidth(true);
        if (power.mayEdit()) {
            lines.addComponentColumn(l -> {
                Button complete = new Button(getTranslation("power.line.complete"), e -> new CompletionDialog(
                        getTranslation("power.line.complete.title", l.name(getLocale())), l.completedOn(), calendar.today(),
                        d -> power.completeLine(l.id(), d), this::refresh).open());
                complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
                complete.addClassName("complete-line");
                return complete;
            }).setAutoWidth(true);
        }
        H3 ruralTitle = new H3(getTranslation("power.rural-areas"));
        ruralSummary.setId("rural-summary");
        ruralAreas.setId("rural-grid");
        ruralAreas.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ruralAreas.setHeight("18em");
        ruralAreas.addColumn(RuralAreaDetails::name).setHeader(getTranslation("power.rural-area")).setAutoWidth(true)
                .setComparator(RuralAreaDetails::code).setSortable(true);
        ruralAreas.addColumn(r -> getTranslation("power.rural-kind." + r.kind())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        ruralAreas.addColumn(r -> getTranslation("power.line-status." + r.status())).setHeader(getTranslation("power.status"))
                .setAutoWidth(true).setSortable(true).setComparator(RuralAreaDetails::status);
        ruralAreas.addColumn(r -> r.completedOn() == null ? "—" : date.format(r.completedOn())).setHeader(getTranslation("power.completed-on")).setAutoWidth(true);
        if (power.mayEdit()) {
            ruralAreas.addComponentColumn(r -> {
                Button complete = new Button(getTranslation("power.line.complete"), e -> new CompletionDialog(
                        getTranslation("power.line.complete.title", r.name()), r.completedOn(), calendar.today(),
                        d -> power.completeRuralArea(r.id(), d), this::refresh).open());
                complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return complete;
            }).setAutoWidth(true);
        }
        add(stationsTitle, substations, linesTitle, lines, ruralTitle, ruralSummary, ruralAreas);
        refresh();
    }

    private void refresh() {
        LocalDate today = calendar.today();
        // overdue projects first, then by the next milestone's planned date
        substations.setItems(power.substations().stream().sorted(Comparator
                .comparing((SubstationDetails s) -> !(s.next() != null && s.late(s.next(), today)))
                .thenComparing(s -> s.next() == null || s.milestones().get(s.next()) == null
                        || s.milestones().get(s.next()).planned() == null ? LocalDate.MAX : s.milestones().get(s.next()).planned()))
                .toList());
        lines.setItems(power.lines());
        List<RuralAreaDetails> rural = power.ruralAreas();
        ruralAreas.setItems(rural);
        ruralSummary.setText(getTranslation("power.rural-summary", rural.size(),
                rural.stream().filter(r -> "COMPLETED".equals(r.status())).count(),
                rural.stream().filter(r -> "UNDER_CONSTRUCTION".equals(r.status())).count()));
        PowerMapLayers.IDS.forEach(map::refreshLayer);
    }

    private Span nextMilestone(SubstationDetails s) {
        Milestone next = s.next();
        Span text = new Span(next == null ? getTranslation("power.all-reached") : getTranslation("power.milestone." + next.name()));
        if (next != null && s.late(next, calendar.today())) {
            text.setText(text.getText() + " · " + getTranslation("power.overdue"));
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            text.addClassName("overdue");
        }
        return text;
    }

    /** A milestone's cell: planned date over actual date; late in red. */
    private Div timelineCell(SubstationDetails s, Milestone m) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        SubstationDetails.Dates d = s.milestones().get(m);
        Span planned = new Span(getTranslation("power.planned-short", d == null || d.planned() == null ? "—" : date.format(d.planned())));
        Span actual = new Span(d == null || d.actual() == null ? "○" : "● " + date.format(d.actual()));
        planned.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        actual.getStyle().set("display", "block");
        if (s.late(m, calendar.today())) {
            actual.getStyle().set("color", "var(--lumo-error-text-color)");
            actual.getElement().setAttribute("title", getTranslation("power.late"));
        }
        Div cell = new Div(planned, actual);
        cell.getElement().setAttribute("data-milestone", m.name());
        if (d != null && d.note() != null) {
            cell.getElement().setAttribute("title", d.note());
        }
        return cell;
    }

    private Div legend() {
        Div legend = new Div();
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1em").set("font-size", "var(--lumo-font-size-s)");
        MILESTONE_COLOURS.forEach((milestone, colour) -> {
            if ("NONE".equals(milestone)) {
                return;
            }
            Span dot = new Span();
            dot.getStyle().set("display", "inline-block").set("width", ".9em").set("height", ".9em").set("border-radius", "50%")
                    .set("border", "2px solid #1a237e").set("background", colour).set("margin-right", ".3em");
            legend.add(new Span(dot, new Span(getTranslation("power.milestone." + milestone))));
        });
        return legend;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("power.title") + " · " + getTranslation("app.name");
    }
}
