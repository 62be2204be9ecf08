package org.actionmap.power;

import java.time.LocalDate;

/**
 * A power line as its form submits it: a new one ({@code id} null) or a change of the version the user started from.
 * The geometry is a GeoJSON LineString or MultiLineString in EPSG:4326; the length is PostGIS's, never the form's.
 */
public record PowerLineDraft(Long id, int version, String code, String nameZh, String nameEn, int voltageKv,
                             String kind, String status, LocalDate completedOn, String notes, String geometry) {
}
