package org.actionmap.e2e;

import com.microsoft.playwright.*;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The map page in headless Chromium: OpenLayers draws the base layers, lists them, and reads out the pointer. */
class MapIT extends BrowserTestBase {

    @Test
    void theMapShowsTheBaseLayersTheirSwitcherAndThePointerInGaussKruger() {
        Page page = signIn("leader");
        page.navigate(url("/map"));
        Locator map = page.locator("#land-map");
        // OpenLayers draws into canvases of its own, some of them hidden: wait for one to exist, not to be visible
        page.waitForCondition(() -> map.locator("canvas").count() > 0);
        Locator layerBoxes = map.locator(".am-map-layers input[type=checkbox]");
        page.waitForCondition(() -> layerBoxes.count() == 13);
        assertThat(map.locator(".am-map-layers").innerText()).contains("地块", "园区", "河流", "电厂", "乡镇驻地", "变电站", "已建成线路", "项目站点", "正在编辑");
        assertThat(map.locator(".ol-attribution").innerText()).contains("GeoNames");

        map.hover();
        page.mouse().move(700, 450);
        String pointer = map.locator(".am-map-pointer").innerText();
        assertThat(pointer).matches("(?s)1[12]\\d\\.\\d{5}, 29\\.\\d{5}.*E \\d{6}\\.\\d N 3\\d{6}\\.\\d");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("5-map.png")));
    }

    @Test
    void aParcelLinkZoomsToTheParcelAndAClickOnItOpensItsForm() {
        Page page = signIn("land");
        page.navigate(url("/map?parcel=DS-N02"));
        Locator panel = page.locator("#parcel-panel");
        panel.waitFor();
        assertThat(panel.innerText()).contains("DS-N02", "亩", "示意性演示数据");
        Locator map = page.locator("#land-map");
        page.waitForCondition(() -> map.locator("canvas").count() > 0);
        page.waitForTimeout(1500);
        var box = map.boundingBox();
        // beside the parcel: the legend; on the parcel (fitted into the middle of the map): its form again
        page.mouse().click(box.x + 60, box.y + 200);
        page.waitForCondition(() -> page.locator("#parcel-panel").count() == 0);
        page.waitForTimeout(500);
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        page.locator("#parcel-panel").waitFor();
        assertThat(page.locator("#parcel-panel").innerText()).contains("DS-N02");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("6-parcel.png")));
    }

    @Test
    void parcelTilesComeFromPostgisOverPlainHttp() {
        Page page = signIn("leader");
        int z = 14;
        double lon = 119.4978, lat = 29.2105;
        int x = (int) Math.floor((lon + 180) / 360 * (1 << z));
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * (1 << z));
        APIResponse tile = page.request().get(url("/tiles/parcels/") + z + "/" + x + "/" + y + ".mvt");
        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.headers().get("content-type")).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(tile.headers().get("cache-control")).contains("no-cache");
        assertThat(new String(tile.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DS-N02", "parcels");
        APIResponse empty = page.request().get(url("/tiles/parcels/14/0/0.mvt"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
        assertThat(page.request().get(url("/tiles/parcels/3/9/0.mvt")).status()).isEqualTo(400);
    }

    @Test
    void baseLayersComeOverPlainHttpToSignedInUsersOnlyAndOnlyTheListedFiles() {
        String base = url("/map-data/base/");
        Page page = signIn("land");
        APIResponse places = page.request().get(base + "geonames_lanxi_places.geojson");
        assertThat(places.status()).isEqualTo(200);
        assertThat(places.headers().get("content-type")).startsWith("application/geo+json");
        assertThat(places.text()).contains("\"name_zh\"", "FeatureCollection");
        assertThat(page.request().get(base + "units.geojson").status()).isEqualTo(404);
        assertThat(page.request().get(base + "..%2F..%2Fapplication.geojson").status()).isBetween(400, 404);

        APIRequestContext anonymous = playwright.request().newContext(new APIRequest.NewContextOptions().setMaxRedirects(0));
        APIResponse refused = anonymous.get(base + "geonames_lanxi_places.geojson");
        assertThat(refused.status()).isIn(302, 401, 403);
        assertThat(refused.text()).doesNotContain("FeatureCollection");
        anonymous.dispose();
    }
}
