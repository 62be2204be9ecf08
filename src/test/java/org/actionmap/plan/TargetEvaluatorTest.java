package org.actionmap.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TargetEvaluatorTest {

    private static TargetInfo target(Comparator comparator, String value, Accumulation accumulation, MeasureKind measure) {
        return new TargetInfo(1L, "T", 1, 1, "指标", "Target", "enterprises", "家", comparator, new BigDecimal(value),
                comparator == Comparator.RANGE ? new BigDecimal(value).add(BigDecimal.ONE) : null, null, measure, null,
                accumulation, 1L, List.of(), "source");
    }

    private static TreeMap<Integer, BigDecimal> entries(int... monthValuePairs) {
        TreeMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < monthValuePairs.length; i += 2) {
            map.put(monthValuePairs[i], BigDecimal.valueOf(monthValuePairs[i + 1]));
        }
        return map;
    }

    @Test
    void aYearToDateTargetTakesTheLatestMonthAndIsOnPaceWhenItReachesTheLinearShare() {
        TargetInfo t = target(Comparator.AT_LEAST, "120", Accumulation.YEAR_TO_DATE, MeasureKind.REPORTED);
        TargetProgress p = TargetEvaluator.evaluate(t, entries(1, 5, 6, 60), 6);
        assertThat(p.actual()).isEqualByComparingTo("60");
        assertThat(p.expectedByNow()).isEqualByComparingTo("60");
        assertThat(p.status()).isEqualTo(TargetStatus.ON_PACE);
        assertThat(p.fraction()).isEqualTo(0.5);
        assertThat(p.lastReportedMonth()).isEqualTo(6);
    }

    @Test
    void aYearToDateTargetBelowItsPaceIsBehind() {
        TargetInfo t = target(Comparator.AT_LEAST, "120", Accumulation.YEAR_TO_DATE, MeasureKind.REPORTED);
        assertThat(TargetEvaluator.evaluate(t, entries(6, 59), 6).status()).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void monthlyAmountsAreSummed() {
        TargetInfo t = target(Comparator.AT_LEAST, "12", Accumulation.SUM_OF_MONTHS, MeasureKind.REPORTED);
        TargetProgress p = TargetEvaluator.evaluate(t, entries(1, 4, 2, 4, 3, 4), 3);
        assertThat(p.actual()).isEqualByComparingTo("12");
        assertThat(p.status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aTargetComputedFromTheMapWaitsForMapDataInsteadOfShowingZero() {
        TargetInfo t = target(Comparator.AT_LEAST, "6500", Accumulation.YEAR_TO_DATE, MeasureKind.COMPUTED);
        // no measure computes it (yet): null running totals
        TargetProgress p = TargetEvaluator.evaluate(t, null, 8);
        assertThat(p.status()).isEqualTo(TargetStatus.AWAITING_MAP);
        assertThat(p.actual()).isNull();
    }

    @Test
    void aMilestoneIsJudgedByItsOwnScheduleRatherThanASteadyPace() {
        TargetInfo t = target(Comparator.EXACTLY, "1", Accumulation.YEAR_TO_DATE, MeasureKind.COMPUTED);
        // not reached, not due yet: on pace, although a steady pace would expect two thirds by September
        TargetProgress notDue = TargetEvaluator.evaluate(t, entries(1, 0, 8, 0), 8, java.math.BigDecimal.ZERO);
        assertThat(notDue.status()).isEqualTo(TargetStatus.ON_PACE);
        TargetProgress overdue = TargetEvaluator.evaluate(t, entries(1, 0, 8, 0), 8, java.math.BigDecimal.ONE);
        assertThat(overdue.status()).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void aComputedTargetIsJudgedFromItsRunningTotalsWithALinearPace() {
        TargetInfo t = target(Comparator.EXACTLY, "1200", Accumulation.YEAR_TO_DATE, MeasureKind.COMPUTED);
        TargetProgress behind = TargetEvaluator.evaluate(t, entries(1, 100, 2, 200, 3, 250), 3);
        assertThat(behind.actual()).isEqualByComparingTo("250");
        assertThat(behind.expectedByNow()).isEqualByComparingTo("300");
        assertThat(behind.status()).isEqualTo(TargetStatus.BEHIND);
        TargetProgress onPace = TargetEvaluator.evaluate(t, entries(1, 100, 2, 200, 3, 320), 3);
        assertThat(onPace.status()).isEqualTo(TargetStatus.ON_PACE);
    }

    @Test
    void aReportedTargetWithoutEntriesIsNotReportedRatherThanZero() {
        TargetInfo t = target(Comparator.AT_LEAST, "10", Accumulation.YEAR_TO_DATE, MeasureKind.REPORTED);
        TargetProgress p = TargetEvaluator.evaluate(t, entries(), 8);
        assertThat(p.status()).isEqualTo(TargetStatus.NOT_REPORTED);
        assertThat(p.actual()).isNull();
    }

    @Test
    void aCeilingIsOnPaceWhileRespectedAndMetOnlyAtYearEnd() {
        TargetInfo t = target(Comparator.AT_MOST, "1", Accumulation.LEVEL, MeasureKind.REPORTED);
        assertThat(TargetEvaluator.evaluate(t, entries(5, 1), 5).status()).isEqualTo(TargetStatus.ON_PACE);
        assertThat(TargetEvaluator.evaluate(t, entries(12, 1), 12).status()).isEqualTo(TargetStatus.MET);
        assertThat(TargetEvaluator.evaluate(t, entries(5, 2), 5).status()).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void zeroGrowthHoldsWhileTheChangeAgainstLastYearIsNotPositive() {
        TargetInfo t = target(Comparator.ZERO_GROWTH, "0", Accumulation.LEVEL, MeasureKind.REPORTED);
        assertThat(TargetEvaluator.evaluate(t, entries(3, -4), 3).status()).isEqualTo(TargetStatus.ON_PACE);
        assertThat(TargetEvaluator.evaluate(t, entries(3, 2), 3).status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(TargetEvaluator.expected(t, 3)).isNull();
    }

    @Test
    void aRangeIsMetFromItsLowerBound() {
        TargetInfo t = target(Comparator.RANGE, "1", Accumulation.YEAR_TO_DATE, MeasureKind.REPORTED);
        assertThat(TargetEvaluator.evaluate(t, entries(4, 1), 4).status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aRateIsJudgedAsItStandsWithoutLinearPace() {
        TargetInfo t = target(Comparator.AT_LEAST, "25", Accumulation.LEVEL, MeasureKind.REPORTED);
        TargetProgress p = TargetEvaluator.evaluate(t, entries(2, 20), 2);
        assertThat(p.expectedByNow()).isNull();
        assertThat(p.status()).isEqualTo(TargetStatus.BEHIND);
    }
}
