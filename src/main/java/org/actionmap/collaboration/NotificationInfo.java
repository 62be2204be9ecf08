package org.actionmap.collaboration;

import java.time.Instant;

/** A notification of the signed-in user's: who mentioned them, in which thread, the comment's start, and when. */
public record NotificationInfo(long id, long commentId, String subjectKind, String subjectKey, String authorName,
                               Long authorUnitId, String excerpt, Instant createdAt, boolean read) {
}
