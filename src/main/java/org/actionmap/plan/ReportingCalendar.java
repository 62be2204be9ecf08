package org.actionmap.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which months of a plan year can be reported and which report is due. Uses the real date unless
 * {@code actionmap.reporting-date} fixes one (the demo replays a past plan year, so "today" lies inside it).
 */
@Component
public class ReportingCalendar {

    private final LocalDate fixedDate;
    private final Clock clock;

    ReportingCalendar(@Value("${actionmap.reporting-date:}") String fixedDate) {
        this.fixedDate = fixedDate == null || fixedDate.isBlank() ? null : LocalDate.parse(fixedDate.trim());
        this.clock = Clock.systemDefaultZone();
    }

    public LocalDate today() {
        return fixedDate != null ? fixedDate : LocalDate.now(clock);
    }

    /** The last month of the plan year that may carry a report: 0 before the year starts, 12 once it is over. */
    public int openMonth(int planYear) {
        LocalDate today = today();
        if (today.getYear() < planYear) {
            return 0;
        }
        return today.getYear() > planYear ? 12 : today.getMonthValue();
    }

    /** The month whose report is due now: the month just ended (12 once the year is over, 0 in January). */
    public int dueMonth(int planYear) {
        LocalDate today = today();
        if (today.getYear() < planYear) {
            return 0;
        }
        return today.getYear() > planYear ? 12 : today.getMonthValue() - 1;
    }
}
