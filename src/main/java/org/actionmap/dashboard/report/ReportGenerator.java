package org.actionmap.dashboard.report;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Produces a month's report in one language in the formats asked for, from one assembly of its content. */
@Component
class ReportGenerator {

    private final ReportAssembler assembler;
    private final PdfReportWriter pdf;
    private final ExcelReportWriter excel;

    ReportGenerator(ReportAssembler assembler, PdfReportWriter pdf, ExcelReportWriter excel) {
        this.assembler = assembler;
        this.pdf = pdf;
        this.excel = excel;
    }

    /**
     * @param generatedBy the name printed on the cover, or null for the month-end job
     * @return the plan's id and each format's bytes
     */
    Generated generate(int month, Locale locale, Set<ReportFormat> formats, String generatedBy) {
        MonthlyReport report = assembler.assemble(month, locale, generatedBy, Instant.now());
        Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : formats) {
            files.put(format, format == ReportFormat.PDF ? pdf.write(report) : excel.write(report));
        }
        return new Generated(report.standing().planId(), report.standing().month(), files);
    }

    /** @param month the month the report stands at (a month after the latest one is clamped to it) */
    record Generated(long planId, int month, Map<ReportFormat, byte[]> files) {
    }
}
