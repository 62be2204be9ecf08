package org.actionmap.power;

import java.time.LocalDate;

/** A rural distribution area (台区) renovated or added: its status, completion date and township. */
public record RuralAreaDetails(long id, String code, String name, String kind, String status, LocalDate completedOn,
                               Long townshipUnitId, boolean illustrative) {
}
