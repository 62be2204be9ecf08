package org.actionmap.power;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A substation as its form submits it: a new one ({@code id} null) or a change of the version the user started from.
 * The geometry is a GeoJSON Point in EPSG:4326; {@code planned} holds each milestone's planned date (the schedule).
 */
public record SubstationDraft(Long id, int version, String code, String nameZh, String nameEn, int voltageKv,
                              String kind, BigDecimal capacityMva, String notes, String geometry,
                              Map<Milestone, LocalDate> planned) {
}
