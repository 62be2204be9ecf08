package org.actionmap.site;

import java.util.Locale;

/**
 * A live site as it stood on a date: its status then (from its dates, the database's {@code site_status_as_of}) and
 * its point or outline as GeoJSON (EPSG:4326), for the monthly report's workbook and task maps. {@code areaM2} is null
 * for a point.
 */
public record SiteAsOf(String code, String nameZh, String nameEn, SiteKind kind, SiteStatus status,
                       Long responsibleUnitId, Long townshipUnitId, Double areaM2, String geoJson) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
