package org.actionmap.plan.catalogue;

import java.util.Arrays;

/** Which kind of map feature a computed target is computed from; a hint for the map issues. */
public enum MapSource {
    PARCELS("parcels"),
    POWER_LINES("power-lines"),
    SUBSTATIONS("substations"),
    RURAL_AREAS("rural-areas"),
    SITES("sites");

    private final String key;

    MapSource(String key) {
        this.key = key;
    }

    /** The spelling used in the catalogue file. */
    public String key() {
        return key;
    }

    public static MapSource fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown map_source '" + key + "', expected one of "
                        + Arrays.stream(values()).map(MapSource::key).toList()));
    }
}
