package org.actionmap.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Read models of the plan as its views show them. */
public final class PlanViews {

    private PlanViews() {
    }

    /** The plan with its tasks' roll-ups. {@code dueMonth} is the month whose report is due at the reporting date. */
    public record Overview(Long planId, int year, String titleZh, String titleEn, int openMonth, int dueMonth,
                           List<TaskRollUp> tasks) {
        public String title(Locale locale) {
            return isChinese(locale) ? titleZh : titleEn;
        }
    }

    public record TaskRollUp(int number, String titleZh, String titleEn, List<Long> responsibleUnitIds,
                             List<Long> cooperatingUnitIds, Map<TargetStatus, Long> counts, int targetCount) {
        public String title(Locale locale) {
            return isChinese(locale) && titleZh != null ? titleZh : titleEn;
        }

        public long count(TargetStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    public record TaskDetail(int year, int openMonth, int dueMonth, int number, String titleZh, String titleEn,
                             List<Long> responsibleUnitIds, List<Long> cooperatingUnitIds,
                             List<RequirementDetail> requirements, java.util.Set<Long> reportableTargetIds) {
        public String title(Locale locale) {
            return isChinese(locale) && titleZh != null ? titleZh : titleEn;
        }

        public List<TargetProgress> targets() {
            return requirements.stream().flatMap(r -> r.targets().stream()).toList();
        }
    }

    public record RequirementDetail(int number, String text, List<TargetProgress> targets) {
    }

    /**
     * A target on a unit's "my tasks" list. {@code reportedByMyUnit}: the unit reports it (or its share of it);
     * {@code mayReport}: it is typed in (not computed from the map); {@code dueReported}: the due month has the
     * unit's entry.
     */
    public record UnitTarget(TargetProgress progress, String taskTitleZh, String taskTitleEn, boolean reportedByMyUnit,
                             boolean mayReport, boolean dueReported) {
        public String taskTitle(Locale locale) {
            return isChinese(locale) && taskTitleZh != null ? taskTitleZh : taskTitleEn;
        }
    }

    /** A task to pick from a list (a parcel's linked tasks): its id, number and title. */
    public record TaskRef(Long id, int number, String titleZh, String titleEn) {
        public String label(Locale locale) {
            return number + ". " + (isChinese(locale) && titleZh != null ? titleZh : titleEn);
        }
    }

    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
