package org.actionmap.land;

/**
 * A new zone as an administrator gives it. {@code unit} names the zone's unit by code or name (Chinese, English or an
 * alias): the township for a township outline or park; for an EDZ area the EDZ's unit, which it gets when none is
 * named. {@code nameEn} may be blank: the Chinese name is then shown in English too. {@code geometry} is GeoJSON in
 * EPSG:4326, Polygon or MultiPolygon.
 */
public record ZoneDraft(String code, ZoneKind kind, String nameZh, String nameEn, String unit, String geometry) {
}
