package org.actionmap.collaboration;

/** What a change did to its object, as the activity feed words it. */
public enum ChangeAction {
    CREATED, UPDATED, STATUS_CHANGED, DELETED, RESTORED, SPLIT, MILESTONE_RECORDED, COMPLETED, REPORTED, REVERTED,
    COMMENTED
}
