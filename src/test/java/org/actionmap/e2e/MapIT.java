package org.actionmap.e2e;

import com.microsoft.playwright.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** The map page in headless Chromium: OpenLayers draws the base layers, lists them, and reads out the pointer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MapIT {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(ReportProgressIT.SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = ReportProgressIT.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @Test
    void theMapShowsTheBaseLayersTheirSwitcherAndThePointerInGaussKruger() {
        Page page = ReportProgressIT.signIn(browser, port, "leader");
        page.navigate("http://localhost:" + port + "/map");
        Locator map = page.locator("#land-map");
        map.locator("canvas").first().waitFor();
        Locator layerBoxes = map.locator(".am-map-layers input[type=checkbox]");
        page.waitForCondition(() -> layerBoxes.count() == 3);
        assertThat(map.locator(".am-map-layers").innerText()).contains("河流", "电厂", "乡镇驻地");
        assertThat(map.locator(".ol-attribution").innerText()).contains("GeoNames");

        map.hover();
        page.mouse().move(700, 450);
        String pointer = map.locator(".am-map-pointer").innerText();
        assertThat(pointer).matches("(?s)1[12]\\d\\.\\d{5}, 29\\.\\d{5}.*E \\d{6}\\.\\d N 3\\d{6}\\.\\d");
        page.screenshot(new Page.ScreenshotOptions().setPath(ReportProgressIT.SCREENSHOTS.resolve("5-map.png")));
    }

    @Test
    void baseLayersComeOverPlainHttpToSignedInUsersOnlyAndOnlyTheListedFiles() {
        String base = "http://localhost:" + port + "/map-data/base/";
        Page page = ReportProgressIT.signIn(browser, port, "land");
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
