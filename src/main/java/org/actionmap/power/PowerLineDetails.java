package org.actionmap.power;

import java.time.LocalDate;
import java.util.Locale;

/** A power line as its form shows it; the length is geodesic, computed by PostGIS at every save. */
public record PowerLineDetails(long id, String code, String nameZh, String nameEn, int voltageKv, String kind,
                               String status, LocalDate completedOn, double lengthM, boolean illustrative, String notes,
                               int version) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public double lengthKm() {
        return lengthM / 1000;
    }
}
