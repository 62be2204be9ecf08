package org.actionmap.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the map's Java API sends to the browser ({@code applyChanges}) and what its events carry, without a browser:
 * the element's contract is this JSON, so it is checked here; drawing itself is checked in Chromium.
 */
class MapComponentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[119.5,29.2],[119.501,29.2],[119.501,29.201],[119.5,29.201],[119.5,29.2]]]}""";

    private final MapComponent map = new MapComponent();

    private JsonNode pending() throws Exception {
        return JSON.readTree(map.pendingChanges());
    }

    @Test
    void startDrawingAsksForADrawingWithTheSnapLayers() throws Exception {
        map.startDrawing(List.of("zones", "edges"));

        assertThat(pending().get("edit")).isEqualTo(JSON.readTree("""
                {"mode":"draw","snapLayerIds":["zones","edges"],"type":"Polygon"}"""));
        assertThat(map.isEditing()).isTrue();
    }

    @Test
    void editGeometrySendsTheGeometryAsGeoJsonNotAsAString() throws Exception {
        map.editGeometry(SQUARE, List.of("zones"));

        JsonNode edit = pending().get("edit");
        assertThat(edit.get("mode").asText()).isEqualTo("modify");
        assertThat(edit.get("geometry")).isEqualTo(JSON.readTree(SQUARE));
        assertThat(edit.get("snapLayerIds")).isEqualTo(JSON.readTree("[\"zones\"]"));
    }

    @Test
    void startDrawingALineOrAPointNamesTheGeometryType() throws Exception {
        map.startDrawing(MapComponent.DrawType.LINE, List.of("substations"));
        assertThat(pending().get("edit")).isEqualTo(JSON.readTree("""
                {"mode":"draw","snapLayerIds":["substations"],"type":"LineString"}"""));

        map.startDrawing(MapComponent.DrawType.POINT, List.of());
        assertThat(pending().get("edit").get("type").asText()).isEqualTo("Point");
    }

    @Test
    void editGeometryAcceptsPointsAndLines() throws Exception {
        map.editGeometry("{\"type\":\"Point\",\"coordinates\":[119.5,29.2]}", List.of());
        assertThat(pending().get("edit").get("geometry").get("type").asText()).isEqualTo("Point");

        map.editGeometry("{\"type\":\"LineString\",\"coordinates\":[[119.5,29.2],[119.6,29.3]]}", List.of("substations"));
        assertThat(pending().get("edit").get("geometry").get("type").asText()).isEqualTo("LineString");
    }

    @Test
    void editGeometryAcceptsAMultiPolygonAndNoSnapLayers() throws Exception {
        map.editGeometry("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]]]}", null);

        assertThat(pending().get("edit").get("snapLayerIds").size()).isZero();
    }

    @Test
    void editGeometryRefusesWhatIsNotAPointALineOrAnAreaOrNotJson() {
        assertThatThrownBy(() -> map.editGeometry("{\"type\":\"MultiPoint\",\"coordinates\":[[119.5,29.2]]}", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.editGeometry("{\"type\":\"GeometryCollection\",\"geometries\":[]}", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.editGeometry("{\"type\":\"Polygon\",", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.editGeometry(null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(map.isEditing()).isFalse();
    }

    @Test
    void theLastEditRequestOfARoundTripWins() throws Exception {
        map.startDrawing(List.of("zones"));
        map.stopEditing();

        assertThat(pending().get("edit")).isEqualTo(JSON.readTree("{\"mode\":\"none\"}"));
        assertThat(map.isEditing()).isFalse();
    }

    @Test
    void removeLastPointCountsThePresses() throws Exception {
        map.removeLastPoint();
        map.removeLastPoint();

        assertThat(pending().get("removeLastPoint").asInt()).isEqualTo(2);
    }

    @Test
    void problemsAreSentAsAFeatureCollectionAndClearedWithAnEmptyOne() throws Exception {
        String problems = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"label":"crosses itself"},
                 "geometry":{"type":"Point","coordinates":[119.5005,29.2005]}}]}""";
        map.showProblems(problems);
        assertThat(pending().get("problems")).isEqualTo(JSON.readTree(problems));

        map.clearProblems();
        assertThat(pending().get("problems")).isEqualTo(JSON.readTree("{\"type\":\"FeatureCollection\",\"features\":[]}"));
    }

    @Test
    void showProblemsRefusesASingleGeometry() {
        assertThatThrownBy(() -> map.showProblems(SQUARE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAreaTemplateTravelsWithTheOtherTexts() throws Exception {
        map.setTexts(Map.of("area", "{mu} 亩 · {ha} 公顷"));

        assertThat(pending().get("texts").get("area").asText()).isEqualTo("{mu} 亩 · {ha} 公顷");
    }

    @Test
    void aBboxLayerCarriesItsKindAndMinimumZoom() throws Exception {
        map.addLayer(MapLayer.geoJsonByBbox("edges", "Edges", "map-data/edges.geojson?status=all",
                LayerStyle.line("#555555", 1)).withMinZoom(15));

        JsonNode layer = pending().get("addLayers").get(0);
        assertThat(layer.get("kind").asText()).isEqualTo("GEOJSON_BBOX");
        assertThat(layer.get("minZoom").asInt()).isEqualTo(15);
        assertThat(layer.get("url").asText()).isEqualTo("map-data/edges.geojson?status=all");
    }

    @Test
    void layersWithoutAMinimumZoomSendNone() throws Exception {
        map.addLayer(new MapLayer("tiles", "Tiles", MapLayer.Kind.VECTOR_TILES, "t/{z}/{x}/{y}.mvt",
                LayerStyle.area("#000", "#fff"), true, null, "code", 10));

        assertThat(pending().get("addLayers").get(0).has("minZoom")).isFalse();
    }

    @Test
    void aGeometryChangeReachesItsListeners() {
        List<MapComponent.GeometryChangeEvent> seen = new ArrayList<>();
        map.addGeometryChangeListener(seen::add);
        map.startDrawing(List.of());

        ComponentUtil.fireEvent(map, new MapComponent.GeometryChangeEvent(map, true, SQUARE, 10_780.5, 0));

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).getGeometry()).isEqualTo(SQUARE);
        assertThat(seen.get(0).getAreaM2()).isEqualTo(10_780.5);
        assertThat(map.isEditing()).isTrue();
    }

    @Test
    void anEditCancelReachesItsListeners() {
        List<MapComponent.EditCancelEvent> seen = new ArrayList<>();
        map.addEditCancelListener(seen::add);

        ComponentUtil.fireEvent(map, new MapComponent.EditCancelEvent(map, true));

        assertThat(seen).hasSize(1);
    }
}
