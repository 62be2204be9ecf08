package org.actionmap.collaboration;

import java.time.Instant;

/**
 * Who holds the edit lock of an object, since when and until when, and who asked to take it over. The holder's own
 * form knows the {@code token}; nobody else is ever told it.
 */
public record EditLock(String kind, long objectId, String code, String holder, String holderName, Long holderUnitId,
                       Instant since, Instant expiresAt, String takeoverBy, String takeoverByName) {
}
