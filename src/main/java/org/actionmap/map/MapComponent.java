package org.actionmap.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.*;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java side of {@code <am-map>}, an OpenLayers map. Knows no domain: callers give it layers, a view and texts,
 * and listen to clicks that carry layer and feature ids. Changes made during one server round trip reach the
 * browser as one {@code applyChanges} call, as Vaadin's own map connector does.
 *
 * <p>It also edits one geometry at a time, a point, a line or a polygon ({@link #startDrawing}, {@link #editGeometry}):
 * the browser draws, moves and snaps, shows a line's live geodesic length or a polygon's area, and reports each
 * finished change as a {@link GeometryChangeEvent}. Whether the shape is acceptable is the caller's business;
 * {@link #showProblems} marks what it found wrong.
 */
@Tag("am-map")
@JsModule("./am-map.ts")
@NpmPackage(value = "ol", version = "10.6.1")
@NpmPackage(value = "proj4", version = "2.20.9")
public class MapComponent extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private static final Set<String> EDITABLE_TYPES = Set.of("Point", "LineString", "MultiLineString", "Polygon",
            "MultiPolygon");

    /** What {@link #startDrawing(DrawType, List)} draws. */
    public enum DrawType {
        POINT("Point"), LINE("LineString"), POLYGON("Polygon");

        private final String geoJsonType;

        DrawType(String geoJsonType) {
            this.geoJsonType = geoJsonType;
        }
    }

    private final Map<String, MapLayer> layers = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    /** What the browser is editing, as last sent or reported; null when not editing. Sent again on re-attach. */
    private ObjectNode edit;
    private JsonNode problems;
    private ObjectNode pending;

    public MapComponent() {
        setWidthFull();
        setHeight("400px");
        // a drawn or changed shape is what a re-attached map must show again, not the one editing started with
        addGeometryChangeListener(e -> {
            if (edit != null) {
                edit = editSpec("modify", parse(e.getGeometry()), edit.withArray("snapLayerIds"));
            }
        });
    }

    /** Adds a layer on top of the others, or replaces the layer with the same id. */
    public void addLayer(MapLayer layer) {
        layers.put(layer.id(), layer);
        changes().withArray("addLayers").addPOJO(layer);
    }

    public void removeLayer(String layerId) {
        layers.remove(layerId);
        changes().withArray("removeLayers").add(layerId);
    }

    public void setLayerVisible(String layerId, boolean visible) {
        changes().withObject("visibility").put(layerId, visible);
    }

    /** Fetches a layer's features or tiles again: after a save, so that nobody sees a stale map. */
    public void refreshLayer(String layerId) {
        changes().withArray("refresh").add(layerId);
    }

    public void setView(double lon, double lat, double zoom) {
        changes().putObject("view").put("lon", lon).put("lat", lat).put("zoom", zoom);
    }

    /** Zooms to a lon/lat extent (west, south, east, north). */
    public void fitExtent(double west, double south, double east, double north) {
        ArrayNode extent = changes().putArray("fitExtent");
        extent.add(west).add(south).add(east).add(north);
    }

    /** Marks one feature as selected (a thicker, orange outline); null clears the mark. */
    public void highlight(String layerId, String featureId) {
        changes().putObject("highlight").put("layerId", layerId).put("featureId", featureId == null ? "" : featureId);
    }

    /**
     * Texts the map shows itself, already translated: {@code layers} (the layer list's title), {@code gk} (the grid's
     * name) and {@code area}, the live area's template with {@code {mu}}, {@code {ha}} and {@code {m2}}, e.g.
     * {@code "{mu} mu · {ha} ha"}, and {@code length}, a line's live length with {@code {km}} and {@code {m}}.
     */
    public void setTexts(Map<String, String> texts) {
        this.texts.putAll(texts);
        ObjectNode node = changes().withObject("texts");
        texts.forEach(node::put);
    }

    /**
     * Lets the user draw a new polygon: clicks add vertices, a double-click or a click on the first vertex finishes,
     * Escape drops the sketch and Backspace its last vertex. The finished polygon stays editable as with
     * {@link #editGeometry} and is reported by a {@link GeometryChangeEvent}. Replaces whatever was being edited.
     *
     * @param snapLayerIds vector layers (GEOJSON, GEOJSON_BBOX) whose vertices and edges the pointer snaps to; they
     *                     may be added later. Vector tiles cannot be snapped to.
     */
    public void startDrawing(List<String> snapLayerIds) {
        startDrawing(DrawType.POLYGON, snapLayerIds);
    }

    /**
     * Lets the user draw a new point (one click), line (clicks add vertices, a double-click finishes) or polygon (as
     * {@link #startDrawing(List)}). A line shows its live geodesic length beside the pointer (text {@code length}).
     */
    public void startDrawing(DrawType type, List<String> snapLayerIds) {
        edit = editSpec("draw", null, snapIds(snapLayerIds));
        edit.put("type", type.geoJsonType);
        changes().set("edit", edit.deepCopy());
    }

    /**
     * Lets the user change an existing polygon: drag a vertex or an edge to move or add a vertex, Alt+click or
     * double-click a vertex to remove it, drag inside to move the whole shape. Each finished change is reported by a
     * {@link GeometryChangeEvent}. Replaces whatever was being edited.
     *
     * <p>A point is dragged; a line's vertices are dragged, added and removed like a polygon's.
     *
     * @param geoJsonGeometry a GeoJSON Point, LineString, MultiLineString, Polygon or MultiPolygon in EPSG:4326
     * @param snapLayerIds    as for {@link #startDrawing}
     * @throws IllegalArgumentException if the text is not one of those GeoJSON geometries
     */
    public void editGeometry(String geoJsonGeometry, List<String> snapLayerIds) {
        JsonNode geometry = parse(geoJsonGeometry);
        if (!EDITABLE_TYPES.contains(geometry.path("type").asText())) {
            throw new IllegalArgumentException("only a point, a line or a polygon can be edited, not " + geometry.path("type"));
        }
        edit = editSpec("modify", geometry, snapIds(snapLayerIds));
        changes().set("edit", edit.deepCopy());
    }

    /** Ends drawing or editing: the shape, its area label and the edit interactions leave the map. */
    public void stopEditing() {
        edit = null;
        changes().putObject("edit").put("mode", "none");
    }

    /** Takes the last vertex back from the polygon being drawn, as Backspace does (for an undo button). */
    public void removeLastPoint() {
        ObjectNode changes = changes();
        changes.put("removeLastPoint", changes.path("removeLastPoint").asInt(0) + 1);
    }

    public boolean isEditing() {
        return edit != null;
    }

    /**
     * Marks problems on top of everything else, replacing those shown: points as red circled crosses (a
     * self-intersection), areas hatched red (an overlap), each with its {@code label} property as red text.
     *
     * @param geoJsonFeatureCollection a GeoJSON FeatureCollection in EPSG:4326
     * @throws IllegalArgumentException if the text is not a GeoJSON FeatureCollection
     */
    public void showProblems(String geoJsonFeatureCollection) {
        JsonNode collection = parse(geoJsonFeatureCollection);
        if (!"FeatureCollection".equals(collection.path("type").asText())) {
            throw new IllegalArgumentException("problems must be a GeoJSON FeatureCollection");
        }
        problems = collection;
        changes().set("problems", collection.deepCopy());
    }

    public void clearProblems() {
        problems = null;
        changes().putObject("problems").put("type", "FeatureCollection").putArray("features");
    }

    public Map<String, MapLayer> getLayers() {
        return Map.copyOf(layers);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    /** After each finished drawing, vertex change or move of the edited shape. */
    public Registration addGeometryChangeListener(ComponentEventListener<GeometryChangeEvent> listener) {
        return addListener(GeometryChangeEvent.class, listener);
    }

    /** Escape while editing with no sketch in progress: the user wants out; the caller decides what that means. */
    public Registration addEditCancelListener(ComponentEventListener<EditCancelEvent> listener) {
        return addListener(EditCancelEvent.class, listener);
    }

    /** The changes not yet sent to the browser, as the JSON {@code applyChanges} will get; null if none. For tests. */
    String pendingChanges() {
        // as flush() serialises it: layers are POJOs until then, and their null fields are left out
        return pending == null ? null : JSON.valueToTree(pending).toString();
    }

    private static ObjectNode editSpec(String mode, JsonNode geometry, ArrayNode snapLayerIds) {
        ObjectNode spec = JSON.createObjectNode().put("mode", mode);
        if (geometry != null) {
            spec.set("geometry", geometry.deepCopy());
        }
        spec.set("snapLayerIds", snapLayerIds.deepCopy());
        return spec;
    }

    private static ArrayNode snapIds(List<String> snapLayerIds) {
        ArrayNode ids = JSON.createArrayNode();
        (snapLayerIds == null ? List.<String>of() : snapLayerIds).forEach(ids::add);
        return ids;
    }

    // parsed here, so that a caller's broken GeoJSON fails at its call, not silently in the browser
    private static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json == null ? "" : json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a GeoJSON object: " + json);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid GeoJSON: " + e.getOriginalMessage(), e);
        }
    }

    private ObjectNode changes() {
        if (pending == null) {
            pending = JSON.createObjectNode();
            getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> flush()));
        }
        return pending;
    }

    private void flush() {
        if (pending == null) {
            return;
        }
        String json = JSON.valueToTree(pending).toString();
        pending = null;
        getElement().callJsFunction("applyChanges", Json.parse(json));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // a re-attached map (back navigation, a new UI) starts empty in the browser: send everything again
        if (attachEvent.isInitialAttach()) {
            return;
        }
        layers.values().forEach(layer -> changes().withArray("addLayers").addPOJO(layer));
        if (!texts.isEmpty()) {
            setTexts(Map.copyOf(texts));
        }
        if (edit != null) {
            changes().set("edit", edit.deepCopy());
        }
        if (problems != null) {
            changes().set("problems", problems.deepCopy());
        }
    }

    /** A click on a feature: the layer's id and the feature's id, with the clicked position. */
    @DomEvent("map-feature-click")
    public static class FeatureClickEvent extends ComponentEvent<MapComponent> {
        private final String layerId;
        private final String featureId;
        private final double lon;
        private final double lat;

        public FeatureClickEvent(MapComponent source, boolean fromClient,
                                 @EventData("event.detail.layerId") String layerId,
                                 @EventData("event.detail.featureId") String featureId,
                                 @EventData("event.detail.lon") double lon,
                                 @EventData("event.detail.lat") double lat) {
            super(source, fromClient);
            this.layerId = layerId;
            this.featureId = featureId;
            this.lon = lon;
            this.lat = lat;
        }

        public String getLayerId() { return layerId; }
        public String getFeatureId() { return featureId; }
        public double getLon() { return lon; }
        public double getLat() { return lat; }
    }

    /** A click on the map where there is no feature. */
    @DomEvent("map-click")
    public static class MapClickEvent extends ComponentEvent<MapComponent> {
        private final double lon;
        private final double lat;

        public MapClickEvent(MapComponent source, boolean fromClient,
                             @EventData("event.detail.lon") double lon,
                             @EventData("event.detail.lat") double lat) {
            super(source, fromClient);
            this.lon = lon;
            this.lat = lat;
        }

        public double getLon() { return lon; }
        public double getLat() { return lat; }
    }

    /**
     * The edited shape after a finished change: GeoJSON in EPSG:4326 (7 decimals), a polygon's geodesic area in m² and
     * a line's geodesic length in m (0 for the other kinds), as the browser measured them for the live labels.
     */
    @DomEvent("map-geometry-change")
    public static class GeometryChangeEvent extends ComponentEvent<MapComponent> {
        private final String geometry;
        private final double areaM2;
        private final double lengthM;

        public GeometryChangeEvent(MapComponent source, boolean fromClient,
                                   @EventData("event.detail.geometry") String geometry,
                                   @EventData("event.detail.areaM2") double areaM2,
                                   @EventData("event.detail.lengthM") double lengthM) {
            super(source, fromClient);
            this.geometry = geometry;
            this.areaM2 = areaM2;
            this.lengthM = lengthM;
        }

        public String getGeometry() { return geometry; }
        public double getAreaM2() { return areaM2; }
        public double getLengthM() { return lengthM; }
    }

    /** Escape pressed while editing, with no sketch in progress. */
    @DomEvent("map-edit-cancel")
    public static class EditCancelEvent extends ComponentEvent<MapComponent> {
        public EditCancelEvent(MapComponent source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
