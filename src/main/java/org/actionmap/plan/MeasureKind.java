package org.actionmap.plan;

/** Where a target's actual value comes from. */
public enum MeasureKind {
    /** monthly progress entries typed in by the reporting unit */
    REPORTED,
    /** computed from map features (parcels, lines, substations, sites); never typed in by hand */
    COMPUTED
}
