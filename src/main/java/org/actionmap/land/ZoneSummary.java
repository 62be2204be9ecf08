package org.actionmap.land;

import java.util.Locale;

/** A zone as a search result: its names, kind, and extent (west, south, east, north) to zoom the map to it. */
public record ZoneSummary(Long id, String code, String kind, String nameZh, String nameEn, double[] extent) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
