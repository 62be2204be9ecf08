package org.actionmap.dashboard.report;

import java.time.Instant;
import java.util.Locale;

/**
 * A kept report, without its bytes: which plan year and month, language and format, when and by whom ("automatic" for
 * the month-end job) it was generated, and the file name it downloads as.
 */
public record StoredReport(long id, int year, int month, String localeTag, ReportFormat format, Instant generatedAt,
                           String generatedBy, boolean automatic, long size) {

    public static final String AUTOMATIC = "automatic";

    public Locale locale() {
        return Locale.forLanguageTag(localeTag);
    }

    /** ActionMap-2011-08-zh-CN.pdf: sorts by month, says the language, opens with the right program. */
    public String fileName() {
        return String.format(java.util.Locale.ROOT, "ActionMap-%d-%02d-%s.%s", year, month, localeTag, format.extension());
    }
}
