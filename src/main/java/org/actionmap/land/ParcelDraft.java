package org.actionmap.land;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A parcel as its form submits it. {@code id} is null for a new parcel; {@code version} is the version the user
 * started from (a stale save is refused). {@code geometry} is GeoJSON in EPSG:4326, Polygon or MultiPolygon.
 */
public record ParcelDraft(Long id, int version, String code, String name, String landUse, ParcelPurpose purpose,
                          ParcelStatus status, Map<ParcelStatus, LocalDate> steps, Set<Long> taskIds, String notes,
                          String geometry) {
}
