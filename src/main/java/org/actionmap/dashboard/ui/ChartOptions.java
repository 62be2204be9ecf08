package org.actionmap.dashboard.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.BiFunction;

/**
 * Builds the ECharts options of the dashboard's charts from its figures. Every text arrives translated; numbers
 * travel as plain numbers and the axis names carry the unit, so a chart reads in the user's language.
 */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One bar of a chart by place or by target: its label, value, colour and whether it is the chosen one. */
    record Bar(String label, double value, String colour, boolean chosen) {
    }

    private ChartOptions() {
    }

    /**
     * A target's running total at each month end against the steady pace and the aim, and the chosen place's part of
     * it where there is one: the trend a leader asks about first.
     */
    static ObjectNode trend(PlanStanding.TargetStanding target, SortedMap<Integer, BigDecimal> place, String placeName,
                            int year, Locale locale, BiFunction<String, Object[], String> t) {
        TargetInfo info = target.target();
        ObjectNode option = base(info.name(locale));
        ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
        for (int m = 1; m <= 12; m++) {
            months.add(QuantityFormat.month(year, m, locale));
        }
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("name", unit(info, locale, t));
        if (!org.actionmap.plan.TargetTexts.isMoney(info) && info.accumulation() != org.actionmap.plan.Accumulation.LEVEL
                && info.value().stripTrailingZeros().scale() <= 0) {
            yAxis.put("minInterval", 1); // counts of substations, enterprises, projects: no 0.2 of one
        }
        ObjectNode legend = option.putObject("legend").put("bottom", 0);
        ArrayNode series = option.putArray("series");
        ArrayNode actual = line(series, "actual", t.apply("dashboard.chart.actual", new Object[0]), "#1565c0", false);
        target.actualByMonth().forEach((m, v) -> actual.addArray().add(m - 1).add(scaled(v, info, locale)));
        if (!target.paceByMonth().isEmpty()) {
            ArrayNode pace = line(series, "pace", t.apply("dashboard.chart.pace", new Object[0]), "#9e9e9e", true);
            target.paceByMonth().forEach((m, v) -> pace.addArray().add(m - 1).add(scaled(v, info, locale)));
        }
        if (place != null && !place.isEmpty()) {
            ArrayNode part = line(series, "place", placeName, "#ef6c00", false);
            place.forEach((m, v) -> part.addArray().add(m - 1).add(scaled(v, info, locale)));
        }
        // the aim as a line across the year
        ObjectNode aim = ((ObjectNode) series.get(0)).putObject("markLine").put("symbol", "none").put("silent", true);
        aim.putObject("lineStyle").put("color", "#2e7d32").put("type", "solid");
        aim.putObject("label").put("formatter", t.apply("dashboard.chart.aim", new Object[0]));
        aim.putArray("data").addObject().put("yAxis", scaled(info.value(), info, locale));
        ArrayNode names = legend.putArray("data");
        series.forEach(s -> names.add(s.get("name").asText()));
        return option;
    }

    /**
     * Horizontal bars, one per label (townships, zones, targets), coloured by the caller; the chosen bar stands out.
     * {@code id} names the chart's series, so that a click can be told apart from another chart's.
     */
    static ObjectNode bars(String id, String title, String axisName, List<Bar> bars, Double markAt, String markLabel) {
        ObjectNode option = base(title);
        ((ObjectNode) option.get("grid")).put("left", 8).put("containLabel", true);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "value").put("name", axisName);
        if ("%".equals(axisName)) {
            xAxis.put("max", 100); // shares of an aim: the same scale whatever the figures
        }
        ArrayNode labels = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ArrayNode series = option.putArray("series");
        ObjectNode bar = series.addObject().put("id", id).put("type", "bar").put("name", title).put("barMaxWidth", 18);
        ArrayNode data = bar.putArray("data");
        for (Bar b : bars) {
            labels.add(b.label());
            ObjectNode item = data.addObject().put("value", round(b.value())).put("name", b.label());
            ObjectNode style = item.putObject("itemStyle").put("color", b.colour());
            if (b.chosen()) {
                style.put("borderColor", "#ef6c00").put("borderWidth", 3);
            }
        }
        bar.putObject("label").put("show", true).put("position", "right");
        if (markAt != null) {
            ObjectNode mark = bar.putObject("markLine").put("symbol", "none").put("silent", true);
            mark.putObject("lineStyle").put("color", "#616161").put("type", "dashed");
            mark.putObject("label").put("formatter", markLabel);
            mark.putArray("data").addObject().put("xAxis", round(markAt));
        }
        return option;
    }

    /** The height a bar chart needs to show every label: long lists of townships need room. */
    static String barsHeight(int bars) {
        return Math.max(180, 70 + bars * 22) + "px";
    }

    private static ObjectNode base(String title) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", title).put("left", "center")
                .putObject("textStyle").put("fontSize", 13).put("fontWeight", 500);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("top", 48).put("right", 56).put("bottom", 48).put("left", 56);
        option.put("animationDuration", 300);
        return option;
    }

    private static ArrayNode line(ArrayNode series, String id, String name, String colour, boolean dashed) {
        ObjectNode s = series.addObject().put("id", id).put("type", "line").put("name", name).put("connectNulls", true);
        s.putObject("itemStyle").put("color", colour);
        ObjectNode style = s.putObject("lineStyle").put("color", colour).put("width", dashed ? 1.5 : 2.5);
        if (dashed) {
            style.put("type", "dashed");
            s.put("symbol", "none");
        }
        return s.putArray("data");
    }

    /** The unit a chart's axis is in: money in 万元 (Chinese) or millions (English), else the plan's unit. */
    static String unit(TargetInfo info, Locale locale, BiFunction<String, Object[], String> t) {
        if (org.actionmap.plan.TargetTexts.isMoney(info)) {
            boolean dollars = info.unit().trim().toLowerCase(Locale.ROOT).startsWith("us");
            return t.apply(dollars ? "dashboard.chart.unit.usd" : "dashboard.chart.unit.yuan", new Object[0]);
        }
        return info.unit(locale);
    }

    /** A figure in the axis's unit: money divided to 万 (Chinese) or millions (English), as {@link #unit} names it. */
    static double scaled(BigDecimal value, TargetInfo info, Locale locale) {
        if (!org.actionmap.plan.TargetTexts.isMoney(info)) {
            return round(value.doubleValue());
        }
        return round(value.doubleValue() / ("zh".equals(locale.getLanguage()) ? 10_000 : 1_000_000));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
