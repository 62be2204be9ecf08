package org.actionmap.demo;

import org.actionmap.plan.*;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.Role;
import org.actionmap.security.RunAs;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;

/**
 * Illustrative monthly progress for the demo city, entered through the real progress service as the demo user
 * of the reporting unit (so the permission rules apply to the seed too). Figures are invented, follow a
 * steady pace with a per-target spread, and every entry's note says so. Some targets are left unreported and
 * some miss the latest month, so that "behind" and "due" have something to show.
 */
@Component
class DemoProgress {

    static final String NOTE = "示例数据（非真实统计） / illustrative figure, not real statistics";

    private final PlanService plans;
    private final ProgressService progress;
    private final OrgUnitService units;
    private final ReportingCalendar calendar;
    private final RunAs runAs;

    DemoProgress(PlanService plans, ProgressService progress, OrgUnitService units, ReportingCalendar calendar, RunAs runAs) {
        this.plans = plans;
        this.progress = progress;
        this.units = units;
        this.calendar = calendar;
        this.runAs = runAs;
    }

    int load(DemoUsers demoUsers) {
        PlanViews.Overview plan = plans.overview().orElseThrow();
        int lastMonth = calendar.dueMonth(plan.year());
        Map<String, Set<Long>> unitsOfUser = new LinkedHashMap<>();
        for (DemoUsers.User u : demoUsers.users()) {
            if (u.role() == Role.STAFF) {
                OrgUnitInfo unit = units.findByCode(u.unit()).orElseThrow();
                unitsOfUser.put(u.username(), units.selfAndAncestorIds(unit.id()));
            }
        }
        Map<Long, Integer> groupSizes = units.groupSizes();
        int count = 0;
        for (TargetProgress p : plans.allTargets()) {
            TargetInfo t = p.target();
            Optional<String> reporter = unitsOfUser.entrySet().stream()
                    .filter(e -> e.getValue().contains(t.reporterUnitId())).map(Map.Entry::getKey).findFirst();
            int seed = Math.abs(t.code().hashCode());
            if (!t.reported() || reporter.isEmpty() || seed % 5 == 0) {
                continue;
            }
            double pace = 0.6 + (seed % 61) / 100.0;
            // a group's figure (the towns') is reported in shares: the demo town reports its own part of it
            double share = 1.0 / groupSizes.getOrDefault(t.reporterUnitId(), 1);
            int months = seed % 3 == 0 ? lastMonth - 1 : lastMonth;
            for (int m = 1; m <= months; m++) {
                BigDecimal value = figure(t, pace * share, m);
                int month = m;
                runAs.user(reporter.get(), () -> progress.report(t.id(), month, value, NOTE));
                count++;
            }
        }
        return count;
    }

    private static BigDecimal figure(TargetInfo t, double pace, int month) {
        double aim = t.value().doubleValue();
        double v = switch (t.accumulation()) {
            case YEAR_TO_DATE -> aim * pace * month / 12.0;
            case SUM_OF_MONTHS -> aim * pace / 12.0;
            case LEVEL -> t.comparator() == org.actionmap.plan.Comparator.ZERO_GROWTH ? (pace > 1.0 ? 3.5 : -4.0) - month * 0.1 : aim * pace;
        };
        String unit = t.unit().toLowerCase(java.util.Locale.ROOT);
        if (unit.equals("yuan") || unit.equals("us dollars")) {
            // money is reported in 万 (10,000): round to it, as a statistics office would
            return BigDecimal.valueOf(v / 10000.0).setScale(0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(10000));
        }
        boolean counts = t.accumulation() != Accumulation.LEVEL && t.value().stripTrailingZeros().scale() <= 0;
        return BigDecimal.valueOf(v).setScale(counts ? 0 : 1, RoundingMode.HALF_UP);
    }
}
