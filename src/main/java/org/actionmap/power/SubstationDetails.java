package org.actionmap.power;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** A substation project as its form and timeline show it: milestones planned against actual. */
public record SubstationDetails(long id, String code, String nameZh, String nameEn, int voltageKv, String kind,
                                BigDecimal capacityMva, boolean illustrative, String notes, int version,
                                double lon, double lat, Map<Milestone, Dates> milestones) {

    /**
     * One milestone: when it was planned, when it was reached (null: not yet), the note recorded with it and whether a
     * photo was kept with it.
     */
    public record Dates(LocalDate planned, LocalDate actual, String note, boolean hasPhoto) {

        public Dates(LocalDate planned, LocalDate actual, String note) {
            this(planned, actual, note, false);
        }
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The furthest milestone reached, or null before the first. */
    public Milestone reached() {
        Milestone last = null;
        for (Milestone m : Milestone.values()) {
            Dates d = milestones.get(m);
            if (d != null && d.actual() != null) {
                last = m;
            }
        }
        return last;
    }

    /** The first milestone not reached yet, with its planned date: what the bureau works toward. */
    public Milestone next() {
        for (Milestone m : Milestone.values()) {
            Dates d = milestones.get(m);
            if (d == null || d.actual() == null) {
                return m;
            }
        }
        return null;
    }

    /** A milestone whose planned date has passed without it being reached. */
    public boolean late(Milestone m, LocalDate today) {
        Dates d = milestones.get(m);
        return d != null && d.planned() != null && d.planned().isBefore(today)
                && (d.actual() == null || d.actual().isAfter(d.planned()));
    }
}
