package org.actionmap.collaboration;

/** What a change did to its object, as the activity feed words it. */
public enum ChangeAction {
    CREATED, UPDATED, STATUS_CHANGED, DELETED, RESTORED, SPLIT, MILESTONE_RECORDED, COMPLETED, REPORTED, REVERTED,
    COMMENTED,
    /** signals about who edits or looks at an object: sent live, never kept in the change log */
    LOCKED, UNLOCKED, TAKEOVER_REQUESTED, TAKEOVER_GRANTED, PRESENCE
}
