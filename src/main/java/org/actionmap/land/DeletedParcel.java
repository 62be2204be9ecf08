package org.actionmap.land;

import java.time.Instant;

/** A deleted parcel as the administrator's restore list shows it. */
public record DeletedParcel(long id, String code, String name, double areaM2, Instant deletedAt, String deletedBy) {
}
