package org.actionmap.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The whole plan as it stood at the end of one month of its year (or at the reporting date, in the month that holds
 * it): every target's standing with its month-by-month figure, and each task's titles and units, for the leaders'
 * overview and the monthly report.
 *
 * @param month       the month whose end the figures stand at (1..12)
 * @param asOf        that month's last day, or the reporting date while the month is still running
 * @param latestMonth the last month that can be shown: the one holding the reporting date (12 once the year is over)
 */
public record PlanStanding(Long planId, int year, String titleZh, String titleEn, int month, LocalDate asOf,
                           int latestMonth, List<Task> tasks, List<TargetStanding> targets) {

    public String title(Locale locale) {
        return PlanViews.isChinese(locale) ? titleZh : titleEn;
    }

    /** A task with the units in charge of it, responsible ones first. */
    public record Task(int number, String titleZh, String titleEn, List<Long> responsibleUnitIds,
                       List<Long> cooperatingUnitIds) {
        public String title(Locale locale) {
            return PlanViews.isChinese(locale) && titleZh != null ? titleZh : titleEn;
        }
    }

    /**
     * One target as of the month: its standing, the actual at each month end from January (a month before any figure
     * is absent), the pace expected at each month end (absent where a steady pace makes no sense: rates, ceilings, a
     * milestone with its own planned date), and
     * for a target several units report in shares (the towns), each unit's own actual.
     */
    public record TargetStanding(TargetProgress progress, SortedMap<Integer, BigDecimal> actualByMonth,
                                 SortedMap<Integer, BigDecimal> paceByMonth, Map<Long, BigDecimal> actualByUnit) {
        public TargetInfo target() {
            return progress.target();
        }
    }
}
