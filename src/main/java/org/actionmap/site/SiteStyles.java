package org.actionmap.site;

import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapLayer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How sites look on every map that shows them (the site page, the city map, a task's page): one layer per kind,
 * outlined in the kind's colour and filled by status, so that the legend reads the same everywhere.
 */
public final class SiteStyles {

    public static final Map<SiteKind, String> KIND_COLOURS = new EnumMap<>(SiteKind.class);
    public static final Map<SiteStatus, String> STATUS_FILLS = new EnumMap<>(SiteStatus.class);

    static {
        KIND_COLOURS.put(SiteKind.TECH_TRANSFORMATION, "#1565c0");
        KIND_COLOURS.put(SiteKind.KEY_PROJECT, "#6a1b9a");
        KIND_COLOURS.put(SiteKind.TEXTILE_MARKET, "#ad1457");
        KIND_COLOURS.put(SiteKind.QUALITY_CENTRE, "#00838f");
        KIND_COLOURS.put(SiteKind.COGENERATION, "#bf360c");
        KIND_COLOURS.put(SiteKind.HEATING_NETWORK, "#e65100");
        KIND_COLOURS.put(SiteKind.INVESTMENT_STATION, "#2e7d32");
        STATUS_FILLS.put(SiteStatus.PLANNED, "rgba(224,224,224,0.75)");
        STATUS_FILLS.put(SiteStatus.UNDER_CONSTRUCTION, "rgba(255,183,77,0.75)");
        STATUS_FILLS.put(SiteStatus.COMPLETED, "rgba(102,187,106,0.8)");
        STATUS_FILLS.put(SiteStatus.OPEN, "rgba(102,187,106,0.8)");
    }

    private SiteStyles() {
    }

    /** The layer id of a kind's sites. */
    public static String layerId(SiteKind kind) {
        return "sites-" + kind.name().toLowerCase().replace('_', '-');
    }

    /** Every site (of one task, when {@code taskId} is given) as one layer filled by status, identified by code. */
    public static MapLayer allSites(String layerId, Long taskId, Function<String, String> translate) {
        return allSites(layerId, taskId, null, translate);
    }

    /** As {@link #allSites(String, Long, Function)}, each site in the status it had on a date (null: now). */
    public static MapLayer allSites(String layerId, Long taskId, java.time.LocalDate asOf, Function<String, String> translate) {
        java.util.List<String> query = new java.util.ArrayList<>();
        if (taskId != null) {
            query.add("task=" + taskId);
        }
        if (asOf != null) {
            query.add("asOf=" + asOf);
        }
        return MapLayer.geoJson(layerId, translate.apply("site.layer.sites"),
                        "map-data/sites.geojson" + (query.isEmpty() ? "" : "?" + String.join("&", query)),
                        LayerStyle.points("#37474f", "#ffffff", 6).filledBy("status", statusFills()))
                .identifiedBy("code");
    }

    private static Map<String, String> statusFills() {
        Map<String, String> fills = new LinkedHashMap<>();
        STATUS_FILLS.forEach((status, fill) -> fills.put(status.name(), fill));
        return fills;
    }

    /** A kind's sites, identified by code. */
    public static MapLayer layer(SiteKind kind, Function<String, String> translate) {
        String url = "map-data/sites.geojson?kind=" + kind.name();
        LayerStyle style = new LayerStyle(KIND_COLOURS.get(kind), 2.0, "rgba(255,255,255,0.6)",
                kind == SiteKind.TECH_TRANSFORMATION ? 5.0 : 7.0, null, null, null, null).filledBy("status", statusFills());
        return MapLayer.geoJson(layerId(kind), translate.apply("site.kind." + kind.name()), url, style).identifiedBy("code");
    }
}
