package org.actionmap.security;

public enum UnitKind {
    BUREAU, ZONE, TOWNSHIP,
    /** stands for several units at once ("towns, townships and subdistricts"); its members name it as parent */
    GROUP,
    OTHER
}
