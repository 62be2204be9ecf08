package org.actionmap.power;

import java.time.Instant;

/** A deleted substation or line, as the administrator's list of deleted features shows it. */
public record DeletedPowerFeature(PowerFeatureKind kind, long id, String code, String nameZh, String nameEn,
                                  Instant deletedAt, String deletedBy) {
}
