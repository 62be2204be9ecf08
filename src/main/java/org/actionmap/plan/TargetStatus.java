package org.actionmap.plan;

/** Where a target stands at the reporting date. */
public enum TargetStatus {
    MET,
    ON_PACE,
    BEHIND,
    /** a reported target without any entry yet */
    NOT_REPORTED,
    /** computed from map features that the map does not define yet: never shown as 0 */
    AWAITING_MAP
}
