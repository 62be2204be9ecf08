package org.actionmap.dashboard.report;

import org.actionmap.plan.TargetStatus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays a month's report out as an A4 PDF: cover with the summary, every target by task (a table whose header repeats
 * on each page), the charts, a map page per task with features on the map, and the lagging targets with the units in
 * charge. The content comes ready from {@link ReportAssembler}; this class only places it.
 */
@Component
class PdfReportWriter {

    private static final Color HEADER_BACKGROUND = new Color(0x37474f);
    private static final Color STRIPE = new Color(0xf5f5f5);
    private static final Color GREY = new Color(0x616161);
    /** Target, aim, actual, %, expected by now, status, responsible unit: together {@link PdfPages#WIDTH}. */
    private static final float[] TARGET_COLUMNS = {130, 92, 78, 34, 78, 44, 55.28f};
    private static final float[] LAGGING_COLUMNS = {26, 140, 80, 80, 46, 70, 69.28f};
    private static final float TABLE_SIZE = 7f;

    private final ReportFont fonts;

    PdfReportWriter(ReportFont fonts) {
        this.fonts = fonts;
    }

    byte[] write(MonthlyReport report) {
        ReportText text = new ReportText(report.locale());
        try (PDDocument document = new PDDocument(); ReportFont.Embedded font = fonts.embed(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.planTitle() + " · " + text.t("report.title") + " · " + report.monthLabel());
            info.setCreator("ActionMap");
            PdfPages pages = new PdfPages(document, font.font());
            cover(pages, report, text);
            targets(pages, report, text);
            charts(pages, report, text);
            maps(pages, report, text);
            lagging(pages, report, text);
            pages.number((page, total) -> text.t("report.page", String.valueOf(page), String.valueOf(total)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cover(PdfPages pages, MonthlyReport report, ReportText text) {
        pages.newPage();
        pages.space(120);
        pages.paragraph(report.planTitle(), 20, Color.BLACK);
        pages.space(10);
        pages.paragraph(text.t("report.title") + " · " + report.monthLabel(), 16, Color.BLACK);
        pages.space(18);
        pages.paragraph(text.t("report.as-of", report.asOfLabel()), 11, GREY);
        pages.paragraph(text.t("report.generated", report.generatedAtLabel(), report.generatedBy()), 11, GREY);
        pages.space(24);
        pages.paragraph(text.t("report.summary"), 13, Color.BLACK);
        pages.space(4);
        float[] columns = {200, 80};
        pages.row(List.of(text.t("report.column.status"), text.t("report.column.count")), pad(columns), 10,
                HEADER_BACKGROUND, Color.WHITE);
        long total = 0;
        for (TargetStatus status : TargetStatus.values()) {
            long count = report.statusCounts().get(status);
            total += count;
            pages.row(List.of(text.t("status." + status.name()), String.valueOf(count)), pad(columns), 10, null,
                    Color.BLACK);
        }
        pages.row(List.of(text.t("report.total-targets"), String.valueOf(total)), pad(columns), 10, STRIPE, Color.BLACK);
        pages.space(24);
        pages.paragraph(text.t("report.note.illustrative"), 9, GREY);
    }

    private void targets(PdfPages pages, MonthlyReport report, ReportText text) {
        pages.newPage();
        pages.paragraph(text.t("report.section.targets"), 15, Color.BLACK);
        List<String> header = List.of(text.t("report.column.target"), text.t("report.column.aim"),
                text.t("report.column.actual"), text.t("report.column.percent"), text.t("report.column.expected"),
                text.t("report.column.status"), text.t("report.column.responsible"));
        for (MonthlyReport.TaskSection task : report.tasks()) {
            pages.repeatOnNewPage(null);
            pages.space(10);
            pages.ensure(70);
            pages.paragraph(text.t("report.task-heading", String.valueOf(task.number()), task.title()), 11, Color.BLACK);
            pages.paragraph(text.t("report.task-responsible", task.responsibleUnits()), 8, GREY);
            pages.space(3);
            Runnable drawHeader = () -> pages.row(header, TARGET_COLUMNS, TABLE_SIZE, HEADER_BACKGROUND, Color.WHITE);
            drawHeader.run();
            pages.repeatOnNewPage(drawHeader);
            boolean stripe = false;
            for (MonthlyReport.TargetRow row : task.targets()) {
                pages.row(List.of(row.name(), row.aim(), row.actual(), row.percentText(), row.expected(), row.statusText(),
                        row.responsibleUnit()), TARGET_COLUMNS, TABLE_SIZE, stripe ? STRIPE : null, colour(row.status()));
                stripe = !stripe;
            }
            pages.repeatOnNewPage(null);
        }
    }

    private void charts(PdfPages pages, MonthlyReport report, ReportText text) {
        List<ReportCharts.Chart> charts = new ReportCharts(fonts.awt(), text).charts(report, 1000, 620);
        pages.newPage();
        pages.paragraph(text.t("report.section.charts"), 15, Color.BLACK);
        for (ReportCharts.Chart chart : charts) {
            pages.space(8);
            pages.ensure(330);
            pages.paragraph(chart.title(), 11, Color.BLACK);
            pages.image(chart.image(), 310);
        }
    }

    private void maps(PdfPages pages, MonthlyReport report, ReportText text) {
        MapDrawing drawing = new MapDrawing(fonts.awt());
        for (MapPage map : report.maps()) {
            pages.newPage();
            pages.paragraph(map.title(), 13, Color.BLACK);
            pages.paragraph(text.t("report.map.as-of", report.asOfLabel()), 9, GREY);
            pages.space(6);
            pages.image(drawing.draw(map, 1100, 1000), 470);
            pages.space(8);
            pages.paragraph(text.t("report.map.legend"), 9, Color.BLACK);
            pages.swatch(new Color(0x9e9e9e), true, text.t("report.map.townships"), 8);
            for (MapPage.LegendEntry entry : map.legend()) {
                Color colour = MapDrawing.colour(entry.colour());
                pages.swatch(new Color(colour.getRed(), colour.getGreen(), colour.getBlue()),
                        entry.shape() == MapPage.Shape.LINE, entry.label(), 8);
            }
            pages.space(6);
            pages.paragraph(text.t("report.map.note"), 7.5f, GREY);
        }
    }

    private void lagging(PdfPages pages, MonthlyReport report, ReportText text) {
        pages.newPage();
        pages.paragraph(text.t("report.section.lagging"), 15, Color.BLACK);
        pages.paragraph(text.t("report.lagging.explained"), 8, GREY);
        pages.space(6);
        if (report.lagging().isEmpty()) {
            pages.paragraph(text.t("report.lagging.none"), 10, Color.BLACK);
            return;
        }
        List<String> header = List.of(text.t("report.column.task"), text.t("report.column.target"),
                text.t("report.column.actual"), text.t("report.column.expected"), text.t("report.column.status"),
                text.t("report.column.reporting-unit"), text.t("report.column.task-units"));
        Runnable drawHeader = () -> pages.row(header, LAGGING_COLUMNS, TABLE_SIZE, HEADER_BACKGROUND, Color.WHITE);
        drawHeader.run();
        pages.repeatOnNewPage(drawHeader);
        for (MonthlyReport.Lagging lagging : report.lagging()) {
            MonthlyReport.TargetRow row = lagging.row();
            pages.row(List.of(String.valueOf(lagging.taskNumber()), row.name(), row.actual(), row.expected(),
                    row.statusText(), row.responsibleUnit(), lagging.taskResponsibleUnits()), LAGGING_COLUMNS,
                    TABLE_SIZE, null, colour(row.status()));
        }
        pages.repeatOnNewPage(null);
    }

    private static float[] pad(float[] columns) {
        float[] padded = java.util.Arrays.copyOf(columns, columns.length + 1);
        padded[columns.length] = PdfPages.WIDTH - columns[0] - columns[1];
        return padded;
    }

    private static Color colour(TargetStatus status) {
        return status == TargetStatus.BEHIND ? new Color(0xb71c1c) : Color.BLACK;
    }
}
