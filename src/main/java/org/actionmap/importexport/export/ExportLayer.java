package org.actionmap.importexport.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A layer of the portal that can be exported, with the filters its list offers ({@code filters}, the names used in
 * the export address) and the name its file and table get.
 */
public enum ExportLayer {
    PARCELS("parcels", List.of("zone", "township", "status", "purpose", "task")),
    ZONES("zones", List.of("kind")),
    SUBSTATIONS("substations", List.of()),
    POWER_LINES("power-lines", List.of("status", "voltage")),
    RURAL_AREAS("rural-areas", List.of("status")),
    SITES("sites", List.of("kind", "status", "task", "unit"));

    private final String key;
    private final List<String> filters;

    ExportLayer(String key, List<String> filters) {
        this.key = key;
        this.filters = filters;
    }

    /** The layer's name in addresses and file names ({@code power-lines}). */
    public String key() {
        return key;
    }

    /** The layer's name inside a file (a table, a Shapefile, a sheet): letters, digits and underscores only. */
    public String tableName() {
        return key.replace('-', '_');
    }

    public List<String> filters() {
        return filters;
    }

    public static Optional<ExportLayer> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
