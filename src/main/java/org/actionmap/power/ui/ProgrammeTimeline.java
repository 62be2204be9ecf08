package org.actionmap.power.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.actionmap.power.Milestone;
import org.actionmap.power.SubstationDetails;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The whole programme on one time axis, the plan year from January to December: a row per substation with each
 * milestone's planned date (a hollow diamond) and actual date (a dot in the milestone's colour), a red bar from the
 * planned date to the actual one, or to today, where a milestone is late, and a line at today. Drawn with plain
 * elements on the server: a dozen rows do not need a chart library, and the markers stay testable and translated.
 */
class ProgrammeTimeline extends Div {

    private final int year;
    private final LocalDate today;

    ProgrammeTimeline(List<SubstationDetails> substations, int year, LocalDate today, Locale locale,
                      BiFunction<String, Object[], String> translate) {
        this.year = year;
        this.today = today;
        setId("programme-timeline");
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(9em, 14em) 1fr").set("row-gap", "2px")
                .set("font-size", "var(--lumo-font-size-s)").set("width", "100%");
        add(new Span());
        Div months = track("1.4em");
        for (Month m : Month.values()) {
            Span label = new Span(m.getDisplayName(TextStyle.SHORT, locale));
            label.getStyle().set("position", "absolute").set("left", percent(LocalDate.of(year, m, 1)) + "%")
                    .set("padding-left", ".3em").set("color", "var(--lumo-secondary-text-color)");
            months.add(label);
        }
        add(months);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (SubstationDetails s : substations) {
            Span name = new Span(s.name(locale));
            name.getStyle().set("align-self", "center").set("overflow", "hidden").set("text-overflow", "ellipsis")
                    .set("white-space", "nowrap");
            Div row = track("2em");
            row.getElement().setAttribute("data-substation", s.code());
            for (Milestone m : Milestone.values()) {
                SubstationDetails.Dates d = s.milestones().get(m);
                if (d == null) {
                    continue;
                }
                String milestone = translate.apply("power.milestone." + m.name(), new Object[0]);
                boolean late = s.late(m, today);
                if (late && d.planned() != null) {
                    LocalDate until = d.actual() != null ? d.actual() : today;
                    Span bar = new Span();
                    bar.addClassName("late");
                    bar.getElement().setAttribute("data-milestone", m.name());
                    bar.getStyle().set("position", "absolute").set("top", "calc(50% - 2px)").set("height", "4px")
                            .set("background", "var(--lumo-error-color)").set("opacity", ".6")
                            .set("left", percent(d.planned()) + "%")
                            .set("width", Math.max(0, percent(until) - percent(d.planned())) + "%");
                    row.add(bar);
                }
                if (d.planned() != null) {
                    row.add(marker(m, "planned", d.planned(), translate.apply("power.timeline.planned-at",
                            new Object[]{milestone, date.format(d.planned())}), late));
                }
                if (d.actual() != null) {
                    row.add(marker(m, "actual", d.actual(), translate.apply("power.timeline.reached-at",
                            new Object[]{milestone, date.format(d.actual())}), late));
                }
            }
            add(name, row);
        }
    }

    /** A row's time axis: month lines in the background and today's line. */
    private Div track(String height) {
        Div track = new Div();
        track.getStyle().set("position", "relative").set("height", height)
                .set("background", "repeating-linear-gradient(to right, var(--lumo-contrast-10pct) 0 1px, transparent 1px "
                        + (100.0 / 12) + "%)");
        if (today.getYear() == year) {
            Span line = new Span();
            line.addClassName("today");
            line.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0").set("width", "2px")
                    .set("background", "var(--lumo-primary-color)").set("left", percent(today) + "%");
            track.add(line);
        }
        return track;
    }

    private Span marker(Milestone m, String kind, LocalDate on, String title, boolean late) {
        Span marker = new Span();
        marker.addClassName("marker-" + kind);
        if (late) {
            marker.addClassName("late");
        }
        marker.getElement().setAttribute("data-milestone", m.name());
        marker.getElement().setAttribute("title", title);
        boolean planned = "planned".equals(kind);
        String size = planned ? ".7em" : ".85em";
        marker.getStyle().set("position", "absolute").set("top", "50%").set("left", percent(on) + "%")
                .set("width", size).set("height", size).set("box-sizing", "border-box")
                .set("transform", planned ? "translate(-50%, -50%) rotate(45deg)" : "translate(-50%, -50%)")
                .set("border", "2px solid " + (late ? "var(--lumo-error-color)" : "#1a237e"))
                .set("background", planned ? "var(--lumo-base-color)" : PowerView.MILESTONE_COLOURS.get(m.name()))
                .set("border-radius", planned ? "0" : "50%");
        if (on.getYear() != year) {
            // before or after the plan year: kept at the axis's edge, faded, its date in the title
            marker.addClassName("outside-year");
            marker.getStyle().set("opacity", ".4");
        }
        return marker;
    }

    /** Where a date lies on the year's axis, in percent; dates outside the year sit at its edges. */
    private double percent(LocalDate date) {
        LocalDate start = LocalDate.of(year, 1, 1);
        double days = start.lengthOfYear();
        double offset = date.toEpochDay() - start.toEpochDay();
        return Math.round(Math.max(0, Math.min(days, offset)) / days * 10000) / 100.0;
    }
}
