package org.actionmap.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * A target's figure computed from map features: the running total at the end of each month up to the reporting date
 * (the last is the actual), the figure per zone, and the features that make it, each with a link to its map (null
 * while the kind of feature has no map page). {@code expectedByNow} is what the figure should be by the date: null for
 * a steady pace through the year, or the measure's own schedule (a milestone is expected once its planned date has
 * passed, not a twelfth at a time).
 */
public record MapFigure(SortedMap<Integer, BigDecimal> runningTotals, List<Part> parts, List<Feature> features,
                        String descriptionZh, String descriptionEn, FeatureKind featureKind,
                        BigDecimal expectedByNow) {

    /** What the features are, so that the figure's list can be named ("the 13 parcels behind this figure"). */
    public enum FeatureKind { parcels, substations, lines, rural_areas, sites }

    /**
     * Running totals at each month end of the plan year up to the date: the amounts of the features counted by then.
     * Shared by every measure, so that land and power figures add up month by month the same way.
     */
    public static SortedMap<Integer, BigDecimal> runningTotals(List<Feature> features, int year, LocalDate asOf) {
        SortedMap<Integer, BigDecimal> totals = new java.util.TreeMap<>();
        int lastMonth = asOf.getYear() > year ? 12 : asOf.getYear() < year ? 0 : asOf.getMonthValue();
        for (int month = 1; month <= lastMonth; month++) {
            int upTo = month;
            totals.put(month, features.stream().filter(f -> f.countedOn().getMonthValue() <= upTo)
                    .map(Feature::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return totals;
    }

    /** How the figure is computed, in words. */
    public String description(Locale locale) {
        return PlanViews.isChinese(locale) ? descriptionZh : descriptionEn;
    }

    /** The figure within one zone (a park, an EDZ area, a township). */
    public record Part(String nameZh, String nameEn, BigDecimal value) {
        public String name(Locale locale) {
            return PlanViews.isChinese(locale) ? nameZh : nameEn;
        }
    }

    /**
     * A feature counted: its code and name, what it adds, the date it counted from, and where to see it; the township
     * (an organisation unit) and zone it lies in, where it has one, so that a figure can be told by place.
     */
    public record Feature(String code, String name, String zoneNameZh, String zoneNameEn, BigDecimal amount,
                          LocalDate countedOn, String link, Long townshipUnitId, Long zoneId) {
        public String zoneName(Locale locale) {
            return PlanViews.isChinese(locale) ? zoneNameZh : zoneNameEn;
        }
    }
}
