package org.actionmap.power;

/** The steps of a substation project, in the order they happen. */
public enum Milestone {
    PLANNED, APPROVED, CONSTRUCTION_STARTED, COMPLETED, IN_OPERATION
}
