package org.actionmap.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.*;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java side of {@code <am-map>}, an OpenLayers map. Knows no domain: callers give it layers, a view and texts,
 * and listen to clicks that carry layer and feature ids. Changes made during one server round trip reach the
 * browser as one {@code applyChanges} call, as Vaadin's own map connector does.
 */
@Tag("am-map")
@JsModule("./am-map.ts")
@NpmPackage(value = "ol", version = "10.6.1")
@NpmPackage(value = "proj4", version = "2.20.9")
public class MapComponent extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private final Map<String, MapLayer> layers = new LinkedHashMap<>();
    private ObjectNode pending;

    public MapComponent() {
        setWidthFull();
        setHeight("400px");
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

    /** Texts the map shows itself (the layer list's title, the grid's name), already translated. */
    public void setTexts(Map<String, String> texts) {
        ObjectNode node = changes().withObject("texts");
        texts.forEach(node::put);
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
}
