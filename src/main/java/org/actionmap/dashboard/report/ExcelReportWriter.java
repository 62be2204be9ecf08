package org.actionmap.dashboard.report;

import org.actionmap.land.ParcelAsOf;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.ProgressEntryInfo;
import org.actionmap.plan.TargetInfo;
import org.actionmap.power.PowerAsOf;
import org.actionmap.site.SiteAsOf;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a month's report as an Excel workbook for those who work the figures further: targets, the progress entries
 * behind them, and the map features as they stood at the month's end. Figures are numeric cells with number formats
 * (in the unit stored: yuan, mu, km …, the unit in its own column), so that they sum and sort; every sheet has a
 * translated, frozen header row with an autofilter.
 */
@Component
class ExcelReportWriter {

    private static final double SQUARE_METRES_PER_MU = 10000.0 / 15;

    byte[] write(MonthlyReport report) {
        ReportText text = new ReportText(report.locale());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            targets(workbook, styles, report, text);
            entries(workbook, styles, report, text);
            features(workbook, styles, report, text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void targets(XSSFWorkbook workbook, Styles styles, MonthlyReport report, ReportText text) {
        Sheet sheet = sheet(workbook, styles, text.t("report.sheet.targets"), List.of(
                text.t("report.column.task"), text.t("report.column.code"), text.t("report.column.target"),
                text.t("report.column.aim"), text.t("report.column.target-value"), text.t("report.column.unit"),
                text.t("report.column.actual"), text.t("report.column.percent"), text.t("report.column.expected"),
                text.t("report.column.status"), text.t("report.column.responsible")));
        int r = 1;
        for (MonthlyReport.TaskSection task : report.tasks()) {
            for (MonthlyReport.TargetRow row : task.targets()) {
                TargetInfo t = row.standing().target();
                Row line = sheet.createRow(r++);
                number(line, 0, task.number(), styles.integer);
                text(line, 1, row.code());
                text(line, 2, row.name());
                text(line, 3, row.aim());
                number(line, 4, t.value(), styles.decimal);
                text(line, 5, storedUnit(t, text));
                boolean figure = !"—".equals(row.actual());
                number(line, 6, figure ? row.standing().progress().actual() : null, styles.decimal);
                number(line, 7, row.percent() == null ? null : row.percent() / 100, styles.percent);
                number(line, 8, row.standing().progress().expectedByNow(), styles.decimal);
                text(line, 9, row.statusText());
                text(line, 10, row.responsibleUnit());
            }
        }
        finish(sheet, 11, r);
    }

    private void entries(XSSFWorkbook workbook, Styles styles, MonthlyReport report, ReportText text) {
        Sheet sheet = sheet(workbook, styles, text.t("report.sheet.entries"), List.of(
                text.t("report.column.code"), text.t("report.column.target"), text.t("report.column.unit-reporting"),
                text.t("report.column.month"), text.t("report.column.value"), text.t("report.column.unit"),
                text.t("report.column.author"), text.t("report.column.time"), text.t("report.column.note")));
        Map<Long, TargetInfo> targets = report.standing().targets().stream().map(PlanStanding.TargetStanding::target)
                .collect(Collectors.toMap(TargetInfo::id, Function.identity()));
        int r = 1;
        for (ProgressEntryInfo entry : report.entries()) {
            TargetInfo t = targets.get(entry.targetId());
            Row line = sheet.createRow(r++);
            text(line, 0, t == null ? "" : t.code());
            text(line, 1, t == null ? "" : t.name(report.locale()));
            text(line, 2, report.unitNames().getOrDefault(entry.unitId(), ""));
            number(line, 3, entry.month(), styles.integer);
            number(line, 4, entry.value(), styles.decimal);
            text(line, 5, t == null ? "" : storedUnit(t, text));
            text(line, 6, entry.authorName());
            Cell time = line.createCell(7);
            time.setCellValue(Date.from(entry.createdAt()));
            time.setCellStyle(styles.time);
            text(line, 8, entry.note());
        }
        finish(sheet, 9, r);
    }

    /** One sheet for every kind of feature, with the columns that apply to each kind left empty where they do not. */
    private void features(XSSFWorkbook workbook, Styles styles, MonthlyReport report, ReportText text) {
        Sheet sheet = sheet(workbook, styles, text.t("report.sheet.features"), List.of(
                text.t("report.column.kind"), text.t("report.column.code"), text.t("report.column.name"),
                text.t("report.column.status-as-of", report.monthLabel()), text.t("report.column.area-m2"),
                text.t("report.column.area-mu"), text.t("report.column.length-km"), text.t("report.column.voltage"),
                text.t("report.column.township"), text.t("report.column.zone")));
        Map<Long, String> units = report.unitNames();
        int r = 1;
        for (ParcelAsOf p : report.features().parcels()) {
            Row line = sheet.createRow(r++);
            text(line, 0, text.t("report.kind.parcel") + " · " + text.t("parcel.purpose." + p.purpose().name()));
            text(line, 1, p.code());
            text(line, 2, p.name());
            text(line, 3, text.t("parcel.status." + p.status().name()));
            number(line, 4, p.areaM2(), styles.decimal);
            number(line, 5, p.areaM2() / SQUARE_METRES_PER_MU, styles.decimal);
            text(line, 8, units.getOrDefault(p.townshipUnitId(), ""));
            text(line, 9, p.zoneName(report.locale()));
        }
        for (PowerAsOf.Line l : report.features().power().lines()) {
            Row line = sheet.createRow(r++);
            text(line, 0, text.t("report.kind.line"));
            text(line, 1, l.code());
            text(line, 2, l.name(report.locale()));
            text(line, 3, text.t("power.line-status." + l.status()));
            number(line, 6, l.lengthM() / 1000, styles.decimal);
            number(line, 7, l.voltageKv(), styles.integer);
        }
        for (PowerAsOf.Substation s : report.features().power().substations()) {
            Row line = sheet.createRow(r++);
            text(line, 0, text.t("report.kind.substation"));
            text(line, 1, s.code());
            text(line, 2, s.name(report.locale()));
            text(line, 3, "NONE".equals(s.reached()) ? text.t("power.milestone.none")
                    : text.t("power.milestone." + s.reached()));
            number(line, 7, s.voltageKv(), styles.integer);
        }
        for (SiteAsOf s : report.features().sites()) {
            Row line = sheet.createRow(r++);
            text(line, 0, text.t("report.kind.site") + " · " + text.t("site.kind." + s.kind().name()));
            text(line, 1, s.code());
            text(line, 2, s.name(report.locale()));
            text(line, 3, text.t("site.status." + s.status().name()));
            if (s.areaM2() != null) {
                number(line, 4, s.areaM2(), styles.decimal);
                number(line, 5, s.areaM2() / SQUARE_METRES_PER_MU, styles.decimal);
            }
            text(line, 8, units.getOrDefault(s.townshipUnitId(), ""));
        }
        for (PowerAsOf.RuralArea a : report.features().power().ruralAreas()) {
            Row line = sheet.createRow(r++);
            text(line, 0, text.t("report.kind.rural-area"));
            text(line, 1, a.code());
            text(line, 2, a.name());
            text(line, 3, text.t("power.line-status." + a.status()));
            text(line, 8, units.getOrDefault(a.townshipUnitId(), ""));
        }
        finish(sheet, 10, r);
    }

    /**
     * The unit the numbers are in: money in yuan or US dollars as stored, whatever magnitude the PDF prints it in (the
     * catalogue's Chinese unit for money is 亿元, which would misstate a cell holding yuan).
     */
    static String storedUnit(TargetInfo target, ReportText text) {
        String unit = target.unit() == null ? "" : target.unit().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "yuan" -> text.t("report.unit.yuan");
            case "us dollars" -> text.t("report.unit.usd");
            default -> target.unit(text.locale());
        };
    }

    private static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
        }
        return sheet;
    }

    private static void finish(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            // a width from the header and a typical figure: autoSizeColumn would need the fonts measured for every cell
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            number(row, column, value.doubleValue(), style);
        }
    }

    private static void number(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        number(row, column, (double) value, style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle time;

        Styles(XSSFWorkbook workbook) {
            var format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            time = workbook.createCellStyle();
            time.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
