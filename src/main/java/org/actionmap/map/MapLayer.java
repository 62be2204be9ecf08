package org.actionmap.map;

/**
 * A layer of the map: features from a GeoJSON address or vector tiles from a tile address ({z}/{x}/{y}). The map
 * fetches them itself over plain HTTP, never through the Vaadin session.
 *
 * @param idProperty the feature property that identifies a feature in click events (null: the feature's own id)
 * @param minZoom    the lowest zoom at which the layer shows and, for {@link Kind#GEOJSON_BBOX}, loads (null: always)
 */
public record MapLayer(String id, String title, Kind kind, String url, LayerStyle style, boolean visible,
                       String attribution, String idProperty, Integer zIndex, Integer minZoom) {

    public enum Kind {
        GEOJSON,
        /** raster tiles from an online {z}/{x}/{y} URL template: an optional base map, off unless configured */
        XYZ,
        VECTOR_TILES,
        /**
         * GeoJSON fetched for the visible extent only: the map appends {@code bbox=west,south,east,north} (EPSG:4326
         * degrees) to the url. Unlike vector tiles its features keep their full geometry, so editing can snap to them.
         */
        GEOJSON_BBOX
    }

    /** Without a minimum zoom, as layers were before there was one. */
    public MapLayer(String id, String title, Kind kind, String url, LayerStyle style, boolean visible,
                    String attribution, String idProperty, Integer zIndex) {
        this(id, title, kind, url, style, visible, attribution, idProperty, zIndex, null);
    }

    public static MapLayer geoJson(String id, String title, String url, LayerStyle style) {
        return new MapLayer(id, title, Kind.GEOJSON, url, style, true, null, null, null, null);
    }

    /** A {@link Kind#GEOJSON_BBOX} layer; give it {@link #withMinZoom(int)} so that a zoomed-out map loads nothing. */
    public static MapLayer geoJsonByBbox(String id, String title, String url, LayerStyle style) {
        return new MapLayer(id, title, Kind.GEOJSON_BBOX, url, style, true, null, null, null, null);
    }

    public MapLayer withAttribution(String text) {
        return new MapLayer(id, title, kind, url, style, visible, text, idProperty, zIndex, minZoom);
    }

    public MapLayer hidden() {
        return new MapLayer(id, title, kind, url, style, false, attribution, idProperty, zIndex, minZoom);
    }

    public MapLayer identifiedBy(String property) {
        return new MapLayer(id, title, kind, url, style, visible, attribution, property, zIndex, minZoom);
    }

    public MapLayer withZIndex(int z) {
        return new MapLayer(id, title, kind, url, style, visible, attribution, idProperty, z, minZoom);
    }

    public MapLayer withMinZoom(int zoom) {
        return new MapLayer(id, title, kind, url, style, visible, attribution, idProperty, zIndex, zoom);
    }
}
