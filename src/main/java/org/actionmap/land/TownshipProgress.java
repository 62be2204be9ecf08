package org.actionmap.land;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How far a township has come with its land work as of a date: of the parcels that the land measures count (by
 * purpose and zone kind), the area planned in the township and the area that had reached each measure's step. Summed
 * over the measures, so a parcel acquired but not yet levelled is half done toward "acquire and level".
 *
 * @param townshipUnitId the township's organisation unit
 * @param plannedMu      the area the measures could count in the township, once per measure, in mu
 * @param doneMu         the area that had reached the measures' steps within the plan year by the date, in mu
 */
public record TownshipProgress(Long townshipUnitId, Long zoneId, String code, String nameZh, String nameEn,
                               BigDecimal plannedMu, BigDecimal doneMu, int parcels) {

    /** Done as a share of planned (0..1); null without any land work planned in the township. */
    public Double fraction() {
        return plannedMu.signum() == 0 ? null : Math.min(1, doneMu.doubleValue() / plannedMu.doubleValue());
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /**
     * The shading class of the map: NONE without land work, then quarters of the work done. Classes rather than a
     * colour ramp so that the legend can name each one.
     */
    public String band() {
        Double f = fraction();
        if (f == null) {
            return "NONE";
        }
        return f >= 1 ? "DONE" : f >= 0.75 ? "Q4" : f >= 0.5 ? "Q3" : f >= 0.25 ? "Q2" : "Q1";
    }
}
