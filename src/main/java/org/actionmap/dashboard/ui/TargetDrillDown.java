package org.actionmap.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.actionmap.chart.ChartComponent;
import org.actionmap.collaboration.CommentThreads;
import org.actionmap.dashboard.Dashboard;
import org.actionmap.dashboard.Place;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.ProgressEntryInfo;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetTexts;
import org.actionmap.security.OrgUnitInfo;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One target opened from its tile: where it stands as of the dashboard's month, its trend, its figure by unit or
 * zone, and what makes the figure: the map features counted (each a link to its map) or the progress entries reported
 * up to the month. From here the task's page and the target's comments are one click away.
 */
class TargetDrillDown extends Dialog {

    TargetDrillDown(Dashboard dashboard, Dashboard.Tile tile, PlanStanding.Task task, Map<Long, OrgUnitInfo> units,
                    List<ProgressEntryInfo> entries, CommentThreads comments) {
        PlanStanding.TargetStanding standing = tile.standing();
        TargetProgress p = standing.progress();
        TargetInfo t = p.target();
        Locale locale = getLocale();
        setId("target-drill-down");
        setHeaderTitle(t.name(locale));
        setWidth("min(860px, 96vw)");
        setMaxHeight("92vh");

        Anchor taskLink = new Anchor("plan/tasks/" + task.number(), getTranslation("dashboard.drill.task",
                task.number(), task.title(locale)));
        taskLink.setId("drill-task-link");
        Paragraph where = new Paragraph(getTranslation("dashboard.as-of",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(dashboard.asOf())));
        where.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        Span status = new Span(getTranslation("status." + p.status().name()));
        status.getStyle().set("color", StatusColours.of(p.status())).set("font-weight", "600");
        Span figures = new Span(" · " + TargetTexts.actual(p, locale) + " / " + TargetTexts.aim(t, locale)
                + (p.actual() == null ? "" : " · " + Math.round(p.fraction() * 100) + "%")
                + (TargetTexts.pace(p, locale) == null ? "" : " · " + getTranslation("dashboard.tile.pace", TargetTexts.pace(p, locale))));
        Div headline = new Div(status, figures);
        headline.setId("drill-figures");

        ChartComponent chart = new ChartComponent();
        chart.setId("drill-trend");
        Place place = dashboard.filter().place();
        chart.setOption(ChartOptions.trend(standing, tile.placeByMonth(), place == null ? null : place.name(locale),
                dashboard.year(), locale, this::getTranslation));

        add(taskLink, where, headline, chart);
        breakdown(standing, units, locale);
        if (p.mapFigure() != null) {
            features(p.mapFigure(), t, locale);
        } else {
            entries(entries, t, units, dashboard, locale);
        }
        getFooter().add(comments.button("target", t.code(), t.name(locale)));
        Button close = new Button(getTranslation("history.close"), e -> close());
        close.setId("drill-close");
        getFooter().add(close);
    }

    /** The figure by unit (towns reporting their shares) or by zone (land), where the plan or the map splits it. */
    private void breakdown(PlanStanding.TargetStanding standing, Map<Long, OrgUnitInfo> units, Locale locale) {
        TargetInfo t = standing.target();
        MapFigure figure = standing.progress().mapFigure();
        List<String> parts;
        if (figure != null && !figure.parts().isEmpty()) {
            parts = figure.parts().stream().map(part -> part.name(locale) + " " + QuantityFormat.format(part.value(), t, locale)).toList();
        } else if (standing.actualByUnit().size() > 1) {
            parts = standing.actualByUnit().entrySet().stream()
                    .sorted(Map.Entry.<Long, BigDecimal>comparingByValue().reversed())
                    .map(e -> (units.containsKey(e.getKey()) ? units.get(e.getKey()).name(locale) : "?") + " "
                            + QuantityFormat.format(e.getValue(), t, locale)).toList();
        } else {
            return;
        }
        H4 title = new H4(getTranslation("dashboard.drill.breakdown"));
        Paragraph text = new Paragraph(String.join(" · ", parts));
        text.setId("drill-breakdown");
        add(title, text);
    }

    private void features(MapFigure figure, TargetInfo t, Locale locale) {
        add(new H4(getTranslation("dashboard.drill.features", figure.features().size())));
        Div list = new Div();
        list.setId("drill-features");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.2em")
                .set("font-size", "var(--lumo-font-size-s)");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (MapFigure.Feature f : figure.features()) {
            String text = f.code() + " " + f.name() + " · " + QuantityFormat.format(f.amount(), t, locale) + " · "
                    + getTranslation("dashboard.drill.counted-on", dates.format(f.countedOn()));
            list.add(f.link() == null ? new Span(text) : new Anchor(f.link(), text));
        }
        if (figure.features().isEmpty()) {
            list.add(new Span(getTranslation("dashboard.drill.no-features")));
        }
        add(list);
    }

    private void entries(List<ProgressEntryInfo> all, TargetInfo t, Map<Long, OrgUnitInfo> units, Dashboard dashboard,
                         Locale locale) {
        List<ProgressEntryInfo> shown = all.stream().filter(e -> e.month() <= dashboard.month()).toList();
        add(new H4(getTranslation("dashboard.drill.entries", shown.size())));
        Grid<ProgressEntryInfo> grid = new Grid<>();
        grid.setId("drill-entries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> QuantityFormat.month(dashboard.year(), e.month(), locale)).setHeader(getTranslation("history.month"));
        grid.addColumn(e -> units.containsKey(e.unitId()) ? units.get(e.unitId()).name(locale) : "")
                .setHeader(getTranslation("dashboard.drill.unit"));
        grid.addColumn(e -> QuantityFormat.format(e.value(), t, locale)).setHeader(getTranslation("history.value"));
        grid.addColumn(ProgressEntryInfo::authorName).setHeader(getTranslation("history.author"));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        grid.addColumn(e -> times.format(e.createdAt())).setHeader(getTranslation("history.time"));
        grid.addColumn(e -> getTranslation(e.current() ? "history.current" : "history.corrected"))
                .setHeader(getTranslation("history.state"));
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("history.note"));
        grid.setItems(shown);
        grid.setAllRowsVisible(shown.size() <= 12);
        if (shown.size() > 12) {
            grid.setHeight("360px");
        }
        add(grid);
    }
}
