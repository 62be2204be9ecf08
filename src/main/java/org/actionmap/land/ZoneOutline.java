package org.actionmap.land;

import java.util.Locale;

/** A zone's outline as GeoJSON (EPSG:4326): the township outlines are the background of the monthly report's maps. */
public record ZoneOutline(String code, String kind, String nameZh, String nameEn, String geoJson) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
