package org.actionmap.collaboration;

/**
 * A committed change of one object: what kind it is ({@code parcel}, {@code substation}, {@code power_line},
 * {@code progress_entry}...), its id and code, what was done ({@link ChangeAction}), by whom, and the change log entry
 * that keeps it. Travels between app nodes as JSON through PostgreSQL NOTIFY.
 */
public record ChangeEvent(String kind, long objectId, String code, ChangeAction action, String actor, long logId) {
}
