package org.actionmap.security;

/** What a user may do; the rules themselves live in {@link AccessRules}. */
public enum Role {
    /** manages users, units and plan documents; reads everything */
    ADMIN,
    /** reads everything, writes nothing */
    LEADER,
    /** writes what their unit is responsible or cooperating for */
    STAFF
}
