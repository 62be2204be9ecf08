package org.actionmap.power;

import java.util.List;
import java.util.Locale;

/**
 * The power projects as they stood on a date, for the monthly report's workbook and task maps: each substation with
 * the last milestone it had reached then ({@code NONE} before the first), each line and rural area with its status then
 * (completed from its completion date), shapes as GeoJSON (EPSG:4326).
 */
public record PowerAsOf(List<Substation> substations, List<Line> lines, List<RuralArea> ruralAreas) {

    public record Substation(String code, String nameZh, String nameEn, int voltageKv, String kind, String reached,
                             String geoJson) {
        public String name(Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    public record Line(String code, String nameZh, String nameEn, int voltageKv, String kind, String status,
                       double lengthM, String geoJson) {
        public String name(Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    public record RuralArea(String code, String name, String kind, String status, Long townshipUnitId, String geoJson) {
    }
}
