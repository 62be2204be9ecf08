package org.actionmap.map;

import java.util.List;
import java.util.function.Function;

/**
 * The base layers every map starts with: rivers, town seats and the power station, from open data shipped with
 * the project (see gis-data/README.md). Each carries its attribution, which the map shows.
 */
public final class BaseLayers {

    private BaseLayers() {
    }

    /**
     * @param translate the caller's translation function (a component's getTranslation)
     * @param chinese   whether to label with the Chinese names ({@code name_zh})
     */
    public static List<MapLayer> all(Function<String, String> translate, boolean chinese) {
        String nameProperty = chinese ? "name_zh" : "name";
        return List.of(
                MapLayer.geoJson("base-rivers", translate.apply("map.layer.rivers"),
                                "map-data/base/gshhg_wdbii_rivers_jinhua_region.geojson", LayerStyle.line("#6fa8dc", 2))
                        .withAttribution("GSHHG 2.3.7 (LGPL-3.0)"),
                MapLayer.geoJson("base-power-station", translate.apply("map.layer.power-station"),
                                "map-data/base/wri_gppd_lanxi_power_station.geojson",
                                LayerStyle.points("#7f6000", "#ffd966", 7).labelledBy(nameProperty))
                        .withAttribution("World Resources Institute, Global Power Plant Database (CC BY 4.0)"),
                MapLayer.geoJson("base-places", translate.apply("map.layer.places"),
                                "map-data/base/geonames_lanxi_places.geojson",
                                LayerStyle.points("#444444", "#ffffff", 4).labelledBy(nameProperty))
                        .withAttribution("GeoNames (geonames.org, CC BY 4.0)"));
    }
}
