package org.actionmap.collaboration;

import java.time.Instant;
import java.util.List;

/** A comment as a thread shows it: who wrote it (name and unit as they were then), when, its text and its mentions. */
public record CommentInfo(long id, String subjectKind, String subjectKey, String author, String authorName,
                          Long authorUnitId, String text, Instant createdAt, List<Mention> mentions) {
}
