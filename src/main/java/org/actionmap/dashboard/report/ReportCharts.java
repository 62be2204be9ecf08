package org.actionmap.dashboard.report;

import org.actionmap.plan.MapFigure;
import org.actionmap.plan.TargetStatus;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's charts, drawn with JFreeChart into images for the PDF: the share of targets by status per task, the
 * money targets' actual against pace, and the land targets' monthly trend against pace. Each comes with its title so
 * that the PDF prints the title as text (searchable, translated), not only inside the picture.
 */
final class ReportCharts {

    static final Map<TargetStatus, Color> STATUS_COLOURS = Map.of(
            TargetStatus.MET, new Color(0x2e7d32), TargetStatus.ON_PACE, new Color(0x1976d2),
            TargetStatus.BEHIND, new Color(0xc62828), TargetStatus.NOT_REPORTED, new Color(0x9e9e9e),
            TargetStatus.AWAITING_MAP, new Color(0xd7ccc8));

    record Chart(String title, BufferedImage image) {
    }

    private final StandardChartTheme theme;
    private final ReportText text;

    ReportCharts(Font font, ReportText text) {
        this.text = text;
        // a theme of our own, never ChartFactory's global one: other reports may be drawn at the same time
        this.theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(font.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(font.deriveFont(12f));
        theme.setSmallFont(font.deriveFont(10f));
    }

    List<Chart> charts(MonthlyReport report, int width, int height) {
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(text.t("report.chart.status-by-task"), statusByTask(report).createBufferedImage(width, height)));
        JFreeChart money = money(report);
        if (money != null) {
            charts.add(new Chart(text.t("report.chart.money"), money.createBufferedImage(width, height)));
        }
        JFreeChart land = landTrend(report);
        if (land != null) {
            charts.add(new Chart(text.t("report.chart.land"), land.createBufferedImage(width, height)));
        }
        return charts;
    }

    private JFreeChart statusByTask(MonthlyReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TargetStatus status : TargetStatus.values()) {
            for (MonthlyReport.TaskSection task : report.tasks()) {
                data.addValue(task.statusCounts().get(status), text.t("status." + status.name()),
                        text.t("report.chart.task", String.valueOf(task.number())));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, text.t("report.chart.share-of-targets"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setRenderAsPercentages(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis())
                .setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(text.locale()));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        TargetStatus[] statuses = TargetStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            renderer.setSeriesPaint(i, STATUS_COLOURS.get(statuses[i]));
        }
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Money targets (yuan, US dollars) with a share of their aim: actual and pace in % of the aim. */
    private JFreeChart money(MonthlyReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyReport.TaskSection task : report.tasks()) {
            for (MonthlyReport.TargetRow row : task.targets()) {
                if (org.actionmap.plan.TargetTexts.isMoney(row.standing().target()) && row.expectedPercent() != null) {
                    data.addValue(row.percent() == null ? 0 : row.percent(), text.t("report.chart.actual"), row.code());
                    data.addValue(row.expectedPercent(), text.t("report.chart.pace"), row.code());
                }
            }
        }
        if (data.getColumnCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, text.t("report.chart.percent-of-aim"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        theme.apply(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0x1976d2));
        renderer.setSeriesPaint(1, new Color(0xbdbdbd));
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Land targets computed from parcels: the running total month by month (solid) and the pace (dashed), in mu. */
    private JFreeChart landTrend(MonthlyReport report) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Paint> paints = new ArrayList<>();
        Color[] palette = {new Color(0x6d4c41), new Color(0x00897b), new Color(0x8e24aa), new Color(0xf4511e),
                new Color(0x3949ab), new Color(0x7cb342)};
        for (MonthlyReport.TaskSection task : report.tasks()) {
            for (MonthlyReport.TargetRow row : task.targets()) {
                MapFigure figure = row.standing().progress().mapFigure();
                if (figure == null || figure.featureKind() != MapFigure.FeatureKind.parcels) {
                    continue;
                }
                XYSeries actual = new XYSeries(row.code() + " " + text.t("report.chart.actual"));
                XYSeries pace = new XYSeries(row.code() + " " + text.t("report.chart.pace"));
                for (Map.Entry<Integer, BigDecimal> e : row.standing().actualByMonth().entrySet()) {
                    actual.add(e.getKey(), e.getValue());
                }
                for (Map.Entry<Integer, BigDecimal> e : row.standing().paceByMonth().entrySet()) {
                    pace.add(e.getKey(), e.getValue());
                }
                Color colour = palette[paints.size() / 2 % palette.length];
                data.addSeries(actual);
                data.addSeries(pace);
                paints.add(colour);
                paints.add(colour);
            }
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, text.t("report.chart.month"), text.t("unit.mu"), data,
                PlotOrientation.VERTICAL, true, false, false);
        theme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.getDomainAxis().setRange(0.5, 12.5);
        plot.getDomainAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < paints.size(); i++) {
            renderer.setSeriesPaint(i, paints.get(i));
            renderer.setSeriesStroke(i, i % 2 == 0 ? new BasicStroke(2.2f)
                    : new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            renderer.setSeriesShapesVisible(i, i % 2 == 0);
        }
        plot.setRenderer(renderer);
        return chart;
    }
}
