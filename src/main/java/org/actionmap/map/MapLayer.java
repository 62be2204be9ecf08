package org.actionmap.map;

/**
 * A layer of the map: features from a GeoJSON address or vector tiles from a tile address ({z}/{x}/{y}). The map
 * fetches them itself over plain HTTP, never through the Vaadin session.
 *
 * @param idProperty the feature property that identifies a feature in click events (null: the feature's own id)
 */
public record MapLayer(String id, String title, Kind kind, String url, LayerStyle style, boolean visible,
                       String attribution, String idProperty, Integer zIndex) {

    public enum Kind { GEOJSON, VECTOR_TILES }

    public static MapLayer geoJson(String id, String title, String url, LayerStyle style) {
        return new MapLayer(id, title, Kind.GEOJSON, url, style, true, null, null, null);
    }

    public MapLayer withAttribution(String text) {
        return new MapLayer(id, title, kind, url, style, visible, text, idProperty, zIndex);
    }

    public MapLayer hidden() {
        return new MapLayer(id, title, kind, url, style, false, attribution, idProperty, zIndex);
    }

    public MapLayer identifiedBy(String property) {
        return new MapLayer(id, title, kind, url, style, visible, attribution, property, zIndex);
    }
}
