package org.actionmap.collaboration;

/**
 * A committed change of one object: what kind it is ({@code parcel}, {@code substation}, {@code power_line},
 * {@code progress_entry}...), its id and code, what was done ({@link ChangeAction}), by whom, and the change log entry
 * that keeps it. Travels between app nodes as JSON through PostgreSQL NOTIFY.
 */
public record ChangeEvent(String kind, long objectId, String code, ChangeAction action, String actor, long logId) {

    /** Kinds of the signals about editing and looking, which change no object. */
    public static final String EDIT_LOCK = "edit_lock";
    public static final String PRESENCE = "presence";

    /** A change of an object's content (kept in the change log), not a signal about who edits or looks at it. */
    public boolean changesContent() {
        return logId > 0;
    }
}
