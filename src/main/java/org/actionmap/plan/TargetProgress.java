package org.actionmap.plan;

import java.math.BigDecimal;

/**
 * A target's standing: the year-to-date actual, the figure expected by now at a linear pace (null where pace
 * makes no sense: rates, ceilings), its status, its status and how full its progress bar is (0..1).
 */
public record TargetProgress(TargetInfo target, BigDecimal actual, BigDecimal expectedByNow, TargetStatus status,
                             double fraction, Integer lastReportedMonth, boolean stretchMet, Shares shares,
                             MapFigure mapFigure) {

    /** For a target that several units report in shares (the towns): how many have reported, out of how many. */
    public record Shares(int reported, int expected) {
        public static final Shares SINGLE = new Shares(0, 1);

        public boolean split() {
            return expected > 1;
        }
    }

    TargetProgress withShares(Shares shares) {
        return new TargetProgress(target, actual, expectedByNow, status, fraction, lastReportedMonth, stretchMet, shares,
                mapFigure);
    }

    TargetProgress withMapFigure(MapFigure figure) {
        return new TargetProgress(target, actual, expectedByNow, status, fraction, lastReportedMonth, stretchMet, shares,
                figure);
    }
}
