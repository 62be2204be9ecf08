package org.actionmap.land;

import java.util.Locale;

/**
 * A live parcel as it stood on a date: its status then (from the dates of its steps, the database's
 * {@code parcel_status_as_of}) and its shape as GeoJSON (EPSG:4326), for the monthly report's workbook and task maps.
 * Area, zone and township are today's: they follow the shape, which the report does not replay.
 */
public record ParcelAsOf(String code, String name, ParcelPurpose purpose, ParcelStatus status, double areaM2,
                         String zoneNameZh, String zoneNameEn, Long townshipUnitId, String geoJson) {

    public double areaMu() {
        return areaM2 / ParcelDetails.SQUARE_METRES_PER_MU;
    }

    public String zoneName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zoneNameZh : zoneNameEn;
    }
}
