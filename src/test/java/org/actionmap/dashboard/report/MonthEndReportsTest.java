package org.actionmap.dashboard.report;

import org.actionmap.ActionMapTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month-end job on the demo year (reporting date 20 September 2011): January to August have ended, September has
 * not, so it keeps 8 months × 2 languages × 2 formats, and a second run keeps nothing more.
 */
@ActionMapTest
class MonthEndReportsTest {

    @Autowired
    MonthEndReports job;
    @Autowired
    ReportArchive archive;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noKeptReports() {
        jdbc.update("delete from monthly_report");
    }

    @Test
    void producesEveryEndedMonthInBothLanguagesAndFormatsAndASecondRunAddsNothing() throws IOException {
        // one month already kept in Chinese as a PDF: the job fills in what is missing around it
        jdbc.update("""
                insert into monthly_report (plan_id, month, locale, format, content, generated_by, automatic)
                select id, 3, 'zh-CN', 'PDF', '\\x00'::bytea, 'automatic', true from plan where year = 2011
                """);

        assertThat(job.produceMissing()).isEqualTo(8 * 2 * 2 - 1);

        List<StoredReport> kept = archive.automatic(2011);
        Set<String> keys = new HashSet<>();
        kept.forEach(r -> keys.add(r.month() + " " + r.localeTag() + " " + r.format()));
        for (int month = 1; month <= 8; month++) {
            for (String language : List.of("zh-CN", "en")) {
                for (ReportFormat format : ReportFormat.values()) {
                    assertThat(keys).contains(month + " " + language + " " + format);
                }
            }
        }
        assertThat(kept).hasSize(32).allMatch(r -> r.generatedBy().equals(StoredReport.AUTOMATIC) && r.automatic())
                .noneMatch(r -> r.month() > 8);
        assertThat(kept.get(0).fileName()).isEqualTo("ActionMap-2011-08-zh-CN.pdf");

        // a kept PDF is its month's report: July's in English says July
        StoredReport july = kept.stream().filter(r -> r.month() == 7 && r.localeTag().equals("en")
                && r.format() == ReportFormat.PDF).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(archive.content(july.id()).orElseThrow())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Jul 2011").doesNotContain("Aug 2011");
        }

        assertThat(job.produceMissing()).isZero();
        assertThat(archive.automatic(2011)).hasSize(32);
    }
}
