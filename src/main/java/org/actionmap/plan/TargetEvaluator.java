package org.actionmap.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SortedMap;

/**
 * Turns a target's current monthly entries into its standing. Pure, so that the rules can be tested without
 * a database: amounts are expected to grow linearly through the year; rates and ceilings are judged as they stand.
 */
final class TargetEvaluator {

    private TargetEvaluator() {
    }

    /**
     * @param monthly        the current (not superseded) entry per month, up to the reporting month; for a computed
     *                       target the running total at each month end, or null while no map data computes it
     * @param monthsElapsed  completed months of the plan year at the reporting date (0..12)
     */
    static TargetProgress evaluate(TargetInfo target, SortedMap<Integer, BigDecimal> monthly, int monthsElapsed) {
        return evaluate(target, monthly, monthsElapsed, null);
    }

    /**
     * @param expectedByNow the figure due by now when the target has a schedule of its own (a milestone's planned
     *                      date); null for the steady pace of {@link #expected}
     */
    static TargetProgress evaluate(TargetInfo target, SortedMap<Integer, BigDecimal> monthly, int monthsElapsed,
                                   BigDecimal expectedByNow) {
        if (target.measure() == MeasureKind.COMPUTED && monthly == null) {
            return new TargetProgress(target, null, null, TargetStatus.AWAITING_MAP, 0, null, false,
                    TargetProgress.Shares.SINGLE, null);
        }
        if (monthly.isEmpty()) {
            return new TargetProgress(target, null, expected(target, monthsElapsed), TargetStatus.NOT_REPORTED, 0, null, false,
                    TargetProgress.Shares.SINGLE, null);
        }
        BigDecimal actual = target.accumulation() == Accumulation.SUM_OF_MONTHS
                ? monthly.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : monthly.get(monthly.lastKey());
        BigDecimal expected = expectedByNow != null ? expectedByNow : expected(target, monthsElapsed);
        boolean yearOver = monthsElapsed >= 12;
        TargetStatus status;
        double fraction;
        switch (target.comparator()) {
            case AT_MOST -> {
                boolean within = actual.compareTo(target.value()) <= 0;
                status = within ? (yearOver ? TargetStatus.MET : TargetStatus.ON_PACE) : TargetStatus.BEHIND;
                fraction = ratio(actual, target.value());
            }
            case ZERO_GROWTH -> {
                boolean within = actual.signum() <= 0;
                status = within ? (yearOver ? TargetStatus.MET : TargetStatus.ON_PACE) : TargetStatus.BEHIND;
                fraction = within ? 1 : 0;
            }
            default -> {
                if (actual.compareTo(target.value()) >= 0) {
                    status = TargetStatus.MET;
                } else if (expected != null && actual.compareTo(expected) >= 0) {
                    status = TargetStatus.ON_PACE;
                } else {
                    status = TargetStatus.BEHIND;
                }
                fraction = ratio(actual, target.value());
            }
        }
        boolean stretchMet = target.stretchValue() != null && actual.compareTo(target.stretchValue()) >= 0;
        return new TargetProgress(target, actual, expected, status, fraction, monthly.lastKey(), stretchMet,
                TargetProgress.Shares.SINGLE, null);
    }

    /** The figure a linear pace reaches after the elapsed months; none for rates, ceilings and zero growth. */
    static BigDecimal expected(TargetInfo target, int monthsElapsed) {
        if (target.accumulation() == Accumulation.LEVEL || target.comparator() == Comparator.AT_MOST
                || target.comparator() == Comparator.ZERO_GROWTH) {
            return null;
        }
        return target.value().multiply(BigDecimal.valueOf(monthsElapsed)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
    }

    private static double ratio(BigDecimal actual, BigDecimal of) {
        if (of.signum() == 0) {
            return actual.signum() <= 0 ? 1 : 0;
        }
        double r = actual.divide(of, MathContext.DECIMAL64).doubleValue();
        return Math.max(0, Math.min(1, r));
    }
}
