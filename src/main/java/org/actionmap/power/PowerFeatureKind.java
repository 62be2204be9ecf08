package org.actionmap.power;

/** The power features that are drawn on the map, each kept in its own table. */
public enum PowerFeatureKind {
    SUBSTATION("substation"), POWER_LINE("power_line");

    final String table;

    PowerFeatureKind(String table) {
        this.table = table;
    }
}
