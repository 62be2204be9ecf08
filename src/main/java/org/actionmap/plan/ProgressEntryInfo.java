package org.actionmap.plan;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A progress entry as shown in histories. {@code unitId} is the unit whose figure it is; {@code supersededAt} is set
 * when a later correction replaced it.
 */
public record ProgressEntryInfo(Long id, Long targetId, Long unitId, int month, BigDecimal value, String note, String authorName,
                                Long authorUnitId, Instant createdAt, Instant supersededAt) {
    public boolean current() {
        return supersededAt == null;
    }
}
