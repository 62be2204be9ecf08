package org.actionmap.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.actionmap.dashboard.Place;
import org.actionmap.land.ParcelStatus;
import org.actionmap.land.ParcelStatusColours;
import org.actionmap.map.BaseLayers;
import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;
import org.actionmap.map.MapLayerSource;
import org.actionmap.map.OnlineBaseMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The thematic map of the overview: townships shaded by how much of their land work was done, parcels by status,
 * power projects by milestone and sites by status, each as it stood on the dashboard's date. A click on a township
 * chooses it as the dashboard's place.
 */
class OverviewMap extends Div {

    static final String TOWNSHIPS = "township-progress";
    static final String PARCELS = "overview-parcels";

    /** Shading classes of {@link org.actionmap.land.TownshipProgress#band()}: light to dark green as work gets done. */
    static final Map<String, String> BAND_FILLS = bandFills();

    private final MapComponent map = new MapComponent();
    private final List<MapLayerSource> otherLayers;
    private LocalDate shownDate;
    private String shownTargets;

    private final double[] county;

    /** @param county the county's extent (west, south, east, north) to frame when no place is chosen; null: a default */
    OverviewMap(OnlineBaseMap onlineBaseMap, List<MapLayerSource> otherLayers, LongConsumer onTownship, double[] county) {
        this.county = county;
        this.otherLayers = otherLayers;
        addClassName("overview-map");
        map.setId("overview-map");
        map.setHeight("420px");
        map.setTexts(Map.of("layers", getTranslation("map.layers"), "gk", getTranslation("map.gk"),
                "area", getTranslation("map.area-template")));
        onlineBaseMap.layer(this::getTranslation).ifPresent(map::addLayer);
        BaseLayers.all(this::getTranslation, chinese()).forEach(map::addLayer);
        frameCounty();
        map.addFeatureClickListener(e -> {
            if (TOWNSHIPS.equals(e.getLayerId()) && e.getFeatureId() != null && !e.getFeatureId().isBlank()) {
                onTownship.accept(Long.parseLong(e.getFeatureId()));
            }
        });
        add(map, legend());
    }

    /**
     * Shows the features as they stood on a date and the townships shaded for some land targets (null: all of them).
     * Layers are fetched again only when the date or the targets changed.
     */
    void show(LocalDate asOf, Set<String> landTargets) {
        String targets = landTargets == null ? null : String.join(",", new java.util.TreeSet<>(landTargets));
        if (!asOf.equals(shownDate) || !java.util.Objects.equals(targets, shownTargets)) {
            shownDate = asOf;
            shownTargets = targets;
            // an empty list of targets still means "these targets": none, so every township is unshaded
            String query = "asOf=" + asOf + (targets == null ? "" : "&targets=" + (targets.isEmpty() ? "-" : targets));
            map.addLayer(MapLayer.geoJson(TOWNSHIPS, getTranslation("dashboard.map.townships"),
                            "map-data/township-progress.geojson?" + query,
                            LayerStyle.area("#546e7a", "rgba(0,0,0,0)").filledBy("band", BAND_FILLS)
                                    .labelledBy(chinese() ? "name_zh" : "name_en"))
                    .identifiedBy("unit_id").withZIndex(0));
            otherLayers.forEach(source -> source.layersAsOf(this::getTranslation, getLocale(), asOf).forEach(map::addLayer));
            map.addLayer(new MapLayer(PARCELS, getTranslation("map.layer.parcels"), MapLayer.Kind.VECTOR_TILES,
                    "tiles/parcels/{z}/{x}/{y}.mvt?asOf=" + asOf, LayerStyle.area("#5d4037", "#eeeeee")
                    .filledBy("status", ParcelStatusColours.byName()), true,
                    getTranslation("map.illustrative-attribution"), "code", 10, null));
        }
    }

    /** Marks the chosen township (none: no mark) and, when asked, frames the chosen place. */
    void choose(Place chosen, boolean frame) {
        if (chosen != null && chosen.kind() == Place.Kind.TOWNSHIP) {
            map.highlight(TOWNSHIPS, String.valueOf(chosen.id()));
        } else {
            map.highlight(TOWNSHIPS, null);
        }
        if (frame && chosen != null && chosen.extent() != null) {
            double[] e = chosen.extent();
            map.fitExtent(e[0], e[1], e[2], e[3]);
        } else if (frame) {
            frameCounty();
        }
    }

    private void frameCounty() {
        if (county == null) {
            map.setView(119.50, 29.24, 10);
        } else {
            map.fitExtent(county[0], county[1], county[2], county[3]);
        }
    }

    MapComponent map() {
        return map;
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("overview-legend");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.2em 0.8em")
                .set("font-size", "var(--lumo-font-size-xs)").set("margin-top", "0.3em");
        legend.add(title(getTranslation("dashboard.map.legend.townships")));
        BAND_FILLS.forEach((band, fill) -> legend.add(swatch(fill, getTranslation("dashboard.map.band." + band))));
        legend.add(title(getTranslation("map.layer.parcels")));
        for (ParcelStatus status : ParcelStatus.values()) {
            legend.add(swatch(ParcelStatusColours.BY_STATUS.get(status), getTranslation("parcel.status." + status.name())));
        }
        return legend;
    }

    private static Span title(String text) {
        Span title = new Span(text + ":");
        title.getStyle().set("font-weight", "600");
        return title;
    }

    private static Span swatch(String colour, String label) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "0.9em").set("height", "0.9em")
                .set("background", colour).set("border", "1px solid #90a4ae").set("vertical-align", "middle")
                .set("margin-right", "0.25em");
        Span item = new Span(box, new Span(label));
        item.getStyle().set("white-space", "nowrap");
        return item;
    }

    private boolean chinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    private static Map<String, String> bandFills() {
        Map<String, String> fills = new LinkedHashMap<>();
        fills.put("NONE", "rgba(236,239,241,0.35)");
        fills.put("Q1", "rgba(237,248,233,0.75)");
        fills.put("Q2", "rgba(186,228,179,0.75)");
        fills.put("Q3", "rgba(116,196,118,0.75)");
        fills.put("Q4", "rgba(49,163,84,0.75)");
        fills.put("DONE", "rgba(0,109,44,0.75)");
        return java.util.Collections.unmodifiableMap(fills);
    }
}
