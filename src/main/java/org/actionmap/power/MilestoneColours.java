package org.actionmap.power;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The colour of a substation on every map: by the last milestone it reached ({@code NONE} before the first). */
public final class MilestoneColours {

    public static final Map<String, String> BY_REACHED;

    static {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("NONE", "#eeeeee");
        colours.put(Milestone.PLANNED.name(), "#cfd8dc");
        colours.put(Milestone.APPROVED.name(), "#90caf9");
        colours.put(Milestone.CONSTRUCTION_STARTED.name(), "#ffb74d");
        colours.put(Milestone.COMPLETED.name(), "#aed581");
        colours.put(Milestone.IN_OPERATION.name(), "#2e7d32");
        BY_REACHED = Collections.unmodifiableMap(colours);
    }

    private MilestoneColours() {
    }
}
