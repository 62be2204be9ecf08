package org.actionmap.power.ui;

import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapLayer;
import org.actionmap.map.MapLayerSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The power projects on the city map: the same layers as the power workspace, a click leading to the workspace. */
@Component
class PowerMapLayers implements MapLayerSource {

    static final Set<String> IDS = Set.of("rural-areas", "power-lines-planned", "power-lines-building",
            "power-lines-completed", "substations");

    @Override
    public List<MapLayer> layers(Function<String, String> translate, Locale locale) {
        return layers(translate, locale, "");
    }

    @Override
    public List<MapLayer> layersAsOf(Function<String, String> translate, Locale locale, java.time.LocalDate asOf) {
        return layers(translate, locale, "asOf=" + asOf);
    }

    /** @param asOf a query parameter that sets the date the features are shown at, or "" for now */
    private static List<MapLayer> layers(Function<String, String> translate, Locale locale, String asOf) {
        String and = asOf.isEmpty() ? "" : "&" + asOf;
        String query = asOf.isEmpty() ? "" : "?" + asOf;
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return List.of(
                MapLayer.geoJson("rural-areas", translate.apply("power.layer.rural-areas"), "map-data/rural-areas.geojson" + query,
                        LayerStyle.points("#4e342e", "#ffffff", 3).filledBy("status", Map.of("COMPLETED", "#2e7d32",
                                "UNDER_CONSTRUCTION", "#ef6c00", "PLANNED", "#bdbdbd"))).identifiedBy("code").hidden(),
                MapLayer.geoJson("power-lines-planned", translate.apply("power.layer.lines-planned"),
                        "map-data/power-lines.geojson?status=PLANNED" + and, LayerStyle.line("#9e9e9e", 2).dashed(4, 4)).identifiedBy("code"),
                MapLayer.geoJson("power-lines-building", translate.apply("power.layer.lines-building"),
                        "map-data/power-lines.geojson?status=UNDER_CONSTRUCTION" + and, LayerStyle.line("#ef6c00", 2.5).dashed(8, 4)).identifiedBy("code"),
                MapLayer.geoJson("power-lines-completed", translate.apply("power.layer.lines-completed"),
                        "map-data/power-lines.geojson?status=COMPLETED" + and, LayerStyle.line("#2e7d32", 3)).identifiedBy("code"),
                MapLayer.geoJson("substations", translate.apply("power.layer.substations"), "map-data/substations.geojson" + query,
                        LayerStyle.points("#1a237e", "#ffffff", 9).labelledBy(chinese ? "name_zh" : "name_en")
                                .filledBy("reached", PowerView.MILESTONE_COLOURS)).identifiedBy("code"));
    }

    @Override
    public List<String> layersShowing(String changeKind) {
        return switch (changeKind) {
            case "substation" -> List.of("substations");
            case "power_line" -> List.of("power-lines-planned", "power-lines-building", "power-lines-completed");
            case "rural_area" -> List.of("rural-areas");
            default -> List.of();
        };
    }

    @Override
    public Optional<String> linkFor(String layerId, String featureId) {
        return IDS.contains(layerId) ? Optional.of("power") : Optional.empty();
    }
}
