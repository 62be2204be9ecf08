package org.actionmap.land;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.actionmap.KaribuTestBase;
import org.actionmap.map.MapComponent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The map page without a browser: map events carry ids, the server resolves them into the parcel's form. */
class LandMapViewTest extends KaribuTestBase {

    @Test
    void aLinkWithAParcelCodeOpensTheParcelsFormMarkedIllustrative() {
        signIn("leader");
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("parcel", "DS-N02")));
        assertThat(_get(H3.class).getText()).startsWith("DS-N02");
        assertThat(_get(Span.class, spec -> spec.withId("illustrative-mark")).getText()).isEqualTo("示意性演示数据，非测绘成果");
        assertThat(_get(MapComponent.class).getLayers()).containsKeys("parcels", "zones", "base-rivers");
    }

    @Test
    void aClickOnAParcelShowsItsFormAndAClickBesideItTheLegend() {
        signIn("land");
        UI.getCurrent().navigate("map");
        MapComponent map = _get(MapComponent.class);
        ComponentUtil.fireEvent(map, new MapComponent.FeatureClickEvent(map, true, "parcels", "JN-03", 119.45, 29.174));
        assertThat(_get(H3.class).getText()).startsWith("JN-03");
        ComponentUtil.fireEvent(map, new MapComponent.MapClickEvent(map, true, 119.3, 29.1));
        assertThat(_find(H3.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withAttribute("data-status", "LEVELLED"))).hasSize(1);
    }

    @Test
    void thePowerProjectsAreOnTheCityMapAndAClickOnOneOpensThePowerWorkspace() {
        signIn("leader");
        UI.getCurrent().navigate("map");
        MapComponent map = _get(MapComponent.class);
        assertThat(map.getLayers()).containsKeys("substations", "power-lines-completed");
        ComponentUtil.fireEvent(map, new MapComponent.FeatureClickEvent(map, true, "substations", "SS-NVBU", 119.4668, 29.2571));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("power");
    }

    @Test
    void aClickOnAnotherLayersFeatureOpensNoParcel() {
        signIn("land");
        UI.getCurrent().navigate("map");
        MapComponent map = _get(MapComponent.class);
        ComponentUtil.fireEvent(map, new MapComponent.FeatureClickEvent(map, true, "base-places", "DS-N02", 119.45, 29.17));
        assertThat(_find(H3.class)).isEmpty();
    }

    @Test
    void theSearchBoxFindsAParcelByItsNameAndOpensIt() {
        signIn("edz");
        UI.getCurrent().navigate("map");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<Object> search =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("map-search"));
        var hits = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(search);
        assertThat(hits).hasSizeGreaterThan(84);
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(search, "登胜路北侧3号");
        var found = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(search);
        assertThat(found).hasSize(1);
        _setValue(search, found.get(0));
        assertThat(_get(H3.class).getText()).startsWith("DS-N03");
    }

    @Test
    void theParcelListFiltersByStatusAndARowOpensTheParcel() {
        signIn("land");
        UI.getCurrent().navigate("map");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("parcel-list-button")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<ParcelDetails> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("parcel-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(84);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ParcelStatus> status = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("filter-status"));
        _setValue(status, ParcelStatus.LEVELLED);
        int levelled = com.github.mvysny.kaributesting.v10.GridKt._size(grid);
        assertThat(levelled).isPositive().isLessThan(84);
        for (int i = 0; i < levelled; i++) {
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).status()).isEqualTo(ParcelStatus.LEVELLED);
        }
        assertThat(_get(Span.class, spec -> spec.withId("parcel-count")).getText()).startsWith(levelled + " 个地块");
        ParcelDetails first = com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0);
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        assertThat(_get(H3.class).getText()).startsWith(first.code());
    }

    @Test
    void aLinkWithAZoneCodeNamesTheZoneBesideTheMapAndAnUnknownOneIsSaidPlainly() {
        signIn("leader");
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("zone", "TP-XIANGXI")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("map-zone")).getText()).isEqualTo("香溪镇工业园区（乡镇工业园区，TP-XIANGXI）");
        assertThat(_get(MapComponent.class).getLayers().get("zones").idProperty()).isEqualTo("code");
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("zone", "NO-SUCH")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("map-zone")).getText()).isEqualTo("没有编号为 NO-SUCH 的区域。");
    }

    @Test
    void aLinkWithAnExtentFramesItAndABrokenOneIsIgnored() throws Exception {
        signIn("land");
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("bbox", "119.41,29.15,119.43,29.16")));
        assertThat(pendingMapChanges().path("fitExtent").toString()).isEqualTo("[119.41,29.15,119.43,29.16]");
        for (String broken : new String[]{"119.43,29.15,119.41,29.16", "1,2,3", "a,b,c,d", "200,29.15,201,29.16", "NaN,29,119,30"}) {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();   // the framing before is sent
            UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("bbox", broken)));
            assertThat(pendingMapChanges().has("fitExtent")).as(broken).isFalse();
        }
    }

    /**
     * What the city map will be told on the next response (its package's test hook). Found without Karibu's lookup,
     * which makes a round trip first and so sends the changes away.
     */
    static com.fasterxml.jackson.databind.JsonNode pendingMapChanges() throws Exception {
        com.vaadin.flow.component.Component view = (com.vaadin.flow.component.Component) UI.getCurrent().getInternals()
                .getActiveRouterTargetsChain().get(0);
        MapComponent map = descendants(view).filter(MapComponent.class::isInstance).map(MapComponent.class::cast).findFirst().orElseThrow();
        java.lang.reflect.Method pending = MapComponent.class.getDeclaredMethod("pendingChanges");
        pending.setAccessible(true);
        String json = (String) pending.invoke(map);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json == null ? "{}" : json);
    }

    static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(LandMapViewTest::descendants));
    }

    @Test
    void anUnknownParcelCodeIsSaidPlainly() {
        signIn("leader");
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("parcel", "NO-SUCH")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("没有编号为 NO-SUCH 的地块。");
    }

    @Test
    void theParcelListFiltersByTask() {
        signIn("leader");
        UI.getCurrent().navigate("map");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("parcel-list-button")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<ParcelDetails> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("parcel-grid"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.actionmap.plan.PlanViews.TaskRef> task =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("filter-task"));
        var tasks = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(task);
        _setValue(task, tasks.get(0));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(84);
        _setValue(task, tasks.get(1));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isZero();
    }

    @Test
    void aTaskPageShowsItsParcelsOnAMapAndWhatMakesEachLandFigure() {
        signIn("leader");
        UI.getCurrent().navigate("plan/tasks/1");
        var taskMap = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("task-map"));
        assertThat(_find(taskMap, MapComponent.class)).hasSize(1);
        assertThat(_find(taskMap, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("task-feature"))).hasSize(84);
        // the four land targets: each lists the parcels behind its figure, each parcel a link to the map
        var figures = _find(com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("map-figure"));
        assertThat(figures).hasSize(4);
        assertThat(_find(figures.get(0), com.vaadin.flow.component.html.Anchor.class))
                .isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).startsWith("map?parcel="));
        // a task without parcels has no map
        UI.getCurrent().navigate("plan/tasks/4");
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("task-map"))).isEmpty();
    }
}
