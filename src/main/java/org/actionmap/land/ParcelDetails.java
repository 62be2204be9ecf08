package org.actionmap.land;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parcel as its form shows it. The area is geodesic and computed by PostGIS at every save; zone and township
 * come from the geometry. {@code taskIds} are the plan tasks it serves. {@code extent} is west, south, east, north in degrees, to zoom the map to it.
 */
public record ParcelDetails(Long id, String code, String name, String landUse, ParcelPurpose purpose,
                            ParcelStatus status, Map<ParcelStatus, LocalDate> steps, String zoneCode, String zoneKind,
                            String zoneNameZh, String zoneNameEn, Long townshipUnitId, double areaM2, boolean illustrative,
                            String notes, int version, double[] extent, Set<Long> taskIds, String updatedBy) {

    public static final double SQUARE_METRES_PER_MU = 10000.0 / 15;

    public double areaMu() {
        return areaM2 / SQUARE_METRES_PER_MU;
    }

    public double areaHectares() {
        return areaM2 / 10000;
    }

    public String zoneName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zoneNameZh : zoneNameEn;
    }
}
