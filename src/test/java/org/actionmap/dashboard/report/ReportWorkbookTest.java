package org.actionmap.dashboard.report;

import org.actionmap.ActionMapTest;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.TargetProgress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The August workbook read back with Apache POI: its numbers are the database's, as numbers, under translated headers. */
@ActionMapTest
class ReportWorkbookTest {

    private static final int AUGUST = 8;

    @Autowired
    ReportGenerator generator;
    @Autowired
    PlanService plan;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theAugustWorkbookHoldsTheTargetsEntriesAndFeaturesOfTheDatabaseAsNumbers(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        ResourceBundle bundle = ReportPdfTest.bundle(locale);
        PlanStanding standing = plan.standingAsOf(AUGUST).orElseThrow();
        byte[] xlsx = generator.generate(AUGUST, locale, EnumSet.of(ReportFormat.XLSX), "Reader").files()
                .get(ReportFormat.XLSX);
        ReportPdfTest.keepForReading(xlsx, "ActionMap-2011-08-" + tag + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet targets = workbook.getSheet(bundle.getString("report.sheet.targets"));
            XSSFSheet entries = workbook.getSheet(bundle.getString("report.sheet.entries"));
            XSSFSheet features = workbook.getSheet(bundle.getString("report.sheet.features"));
            for (XSSFSheet sheet : new XSSFSheet[]{targets, entries, features}) {
                assertThat(sheet).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            }
            assertThat(targets.getRow(0).getCell(6).getStringCellValue()).isEqualTo(bundle.getString("report.column.actual"));

            // every target once, its actual a numeric cell equal to the standing's (empty without a figure)
            Map<String, Row> targetRows = rowsByCode(targets, 1);
            assertThat(targetRows).hasSize(standing.targets().size());
            for (PlanStanding.TargetStanding s : standing.targets()) {
                TargetProgress p = s.progress();
                Row row = targetRows.get(p.target().code());
                assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(p.target().value().doubleValue(), within(1e-6));
                Cell actual = row.getCell(6);
                if (ReportPdfTest.hasFigure(p)) {
                    assertThat(actual.getCellType()).as(p.target().code()).isEqualTo(CellType.NUMERIC);
                    assertThat(actual.getNumericCellValue()).as(p.target().code())
                            .isCloseTo(p.actual().doubleValue(), within(1e-6));
                } else {
                    assertThat(actual).as(p.target().code()).isNull();
                }
            }

            // money in the unit it is stored in, never the catalogue's 亿元 beside a number of yuan
            TargetProgress money = ReportPdfTest.first(standing, p -> p.target().unit().equals("yuan"));
            assertThat(targetRows.get(money.target().code()).getCell(5).getStringCellValue())
                    .isEqualTo(bundle.getString("report.unit.yuan"));

            // the current entries of the months up to August, counted by the database itself
            Integer current = jdbc.queryForObject("""
                    select count(*) from progress_entry e join target t on t.id = e.target_id
                     where e.superseded_at is null and e.month <= ?
                       and t.plan_id = (select id from plan order by year desc, id desc limit 1)
                    """, Integer.class, AUGUST);
            assertThat(current).isPositive();
            assertThat(entries.getLastRowNum()).isEqualTo(current);
            assertThat(entries.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);

            // parcels with the area PostGIS stored, in m² and mu; lines with their length in km
            Map<String, Row> featureRows = rowsByCode(features, 1);
            Map<String, Double> areas = new HashMap<>();
            jdbc.query("select code, area_m2 from parcel where deleted_at is null",
                    rs -> { areas.put(rs.getString(1), rs.getDouble(2)); });
            assertThat(areas).isNotEmpty();
            areas.forEach((code, area) -> {
                Row row = featureRows.get(code);
                assertThat(row).as(code).isNotNull();
                assertThat(row.getCell(4).getNumericCellValue()).as(code).isCloseTo(area, within(1e-6));
                assertThat(row.getCell(5).getNumericCellValue()).as(code).isCloseTo(area * 15 / 10000, within(1e-6));
            });
            Map<String, Double> lengths = new HashMap<>();
            jdbc.query("select code, length_m from power_line where deleted_at is null",
                    rs -> { lengths.put(rs.getString(1), rs.getDouble(2)); });
            assertThat(lengths).isNotEmpty();
            lengths.forEach((code, length) -> assertThat(featureRows.get(code).getCell(6).getNumericCellValue())
                    .as(code).isCloseTo(length / 1000, within(1e-9)));
        }
    }

    private static Map<String, Row> rowsByCode(XSSFSheet sheet, int column) {
        Map<String, Row> rows = new HashMap<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            assertThat(rows.put(row.getCell(column).getStringCellValue(), row)).as("code twice").isNull();
        }
        return rows;
    }
}
