package org.actionmap.dashboard.report;

import org.actionmap.plan.PlanService;
import org.actionmap.plan.ReportingCalendar;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reports kept at each month's end: PDF and workbook in Chinese and English for every ended month of the active
 * plan's year that lacks them. Running it again adds nothing; two nodes running it at once keep one of each (the
 * database's unique index decides).
 */
@Service
class MonthEndReports {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);

    private final PlanService plan;
    private final ReportingCalendar calendar;
    private final ReportGenerator generator;
    private final ReportArchive archive;

    MonthEndReports(PlanService plan, ReportingCalendar calendar, ReportGenerator generator, ReportArchive archive) {
        this.plan = plan;
        this.calendar = calendar;
        this.generator = generator;
        this.archive = archive;
    }

    /** @return how many reports it kept */
    synchronized int produceMissing() {
        Integer year = plan.figuresAsOf().map(LocalDate::getYear).orElse(null);
        if (year == null) {
            return 0;
        }
        LocalDate today = calendar.today();
        int kept = 0;
        for (int month = 1; month <= 12; month++) {
            // ended: its last day lies before today (the month's last figures may still arrive on that day)
            if (!YearMonth.of(year, month).atEndOfMonth().isBefore(today)) {
                break;
            }
            for (Locale language : LANGUAGES) {
                Set<ReportFormat> missing = EnumSet.noneOf(ReportFormat.class);
                for (ReportFormat format : ReportFormat.values()) {
                    if (!archive.hasAutomatic(year, month, language, format)) {
                        missing.add(format);
                    }
                }
                if (missing.isEmpty()) {
                    continue;
                }
                ReportGenerator.Generated generated = generator.generate(month, language, missing, null);
                for (var file : generated.files().entrySet()) {
                    if (archive.keep(generated.planId(), month, language, file.getKey(), file.getValue(),
                            StoredReport.AUTOMATIC, true).isPresent()) {
                        kept++;
                    }
                }
            }
        }
        return kept;
    }
}
