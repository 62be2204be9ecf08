package org.actionmap.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds up the shares of the units that report one target (the towns each report their own part of the towns'
 * figure) into one monthly series. A target with a single reporting unit passes through unchanged.
 */
final class UnitShares {

    private UnitShares() {
    }

    static SortedMap<Integer, BigDecimal> combine(Accumulation accumulation, Map<Long, SortedMap<Integer, BigDecimal>> byUnit) {
        if (byUnit.isEmpty()) {
            return new TreeMap<>();
        }
        if (byUnit.size() == 1) {
            return byUnit.values().iterator().next();
        }
        TreeSet<Integer> months = new TreeSet<>();
        byUnit.values().forEach(series -> months.addAll(series.keySet()));
        SortedMap<Integer, BigDecimal> combined = new TreeMap<>();
        for (int month : months) {
            BigDecimal total = BigDecimal.ZERO;
            int contributing = 0;
            for (SortedMap<Integer, BigDecimal> series : byUnit.values()) {
                BigDecimal share = switch (accumulation) {
                    // a unit's running total stands until it reports again
                    case YEAR_TO_DATE, LEVEL -> latestUpTo(series, month);
                    case SUM_OF_MONTHS -> series.get(month);
                };
                if (share != null) {
                    total = total.add(share);
                    contributing++;
                }
            }
            // rates do not add up: the group's level is the mean of its members' levels
            combined.put(month, accumulation == Accumulation.LEVEL && contributing > 0
                    ? total.divide(BigDecimal.valueOf(contributing), MathContext.DECIMAL64) : total);
        }
        return combined;
    }

    private static BigDecimal latestUpTo(SortedMap<Integer, BigDecimal> series, int month) {
        SortedMap<Integer, BigDecimal> upTo = series.headMap(month + 1);
        return upTo.isEmpty() ? null : upTo.get(upTo.lastKey());
    }
}
