package org.actionmap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaders' overview in headless Chromium: a leader picks a township on the thematic map and the charts follow;
 * the page fits a tablet; the replayed map data comes over plain HTTP. Screenshots in target/e2e/.
 */
class DashboardIT extends BrowserTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    /** A township with land work done by August, and a point inside it away from parcels and other features. */
    Map<String, Object> townshipToClick() {
        return jdbc.queryForMap("""
                with t as (
                    select p.township_id from parcel p join zone z on z.id = p.zone_id
                      join parcel_status_step s on s.parcel_id = p.id and s.status = 'ACQUIRED'
                     where p.deleted_at is null and z.kind = 'TOWNSHIP_PARK' and s.reached_on <= '2011-08-31'
                     group by p.township_id order by count(*) desc limit 1),
                 outline as (select z.unit_id, z.name_zh, z.geom from zone z join t on t.township_id = z.unit_id
                              where z.kind = 'TOWNSHIP'),
                 crowded as (select st_union(st_buffer(geom::geography, 1500)::geometry) as geom from (
                              select geom from parcel where deleted_at is null
                              union all select geom from zone where kind <> 'TOWNSHIP'
                              union all select geom from substation union all select geom from power_line
                              union all select geom from site union all select geom from rural_area) f),
                 free as (select o.unit_id, o.name_zh,
                                 st_pointonsurface(st_difference(st_buffer(o.geom::geography, -1500)::geometry,
                                                                 coalesce(c.geom, 'POLYGON EMPTY'::geometry))) as p
                            from outline o, crowded c)
                select unit_id, name_zh, st_x(p) as lon, st_y(p) as lat from free
                """);
    }

    JsonNode option(Page page, String chart) throws Exception {
        String json = (String) page.evaluate("id => document.getElementById(id).optionJson()", chart);
        return JSON.readTree(json);
    }

    static String chosenBar(JsonNode option) {
        for (JsonNode item : option.get("series").get(0).get("data")) {
            if (item.path("itemStyle").has("borderColor")) {
                return item.get("name").asText();
            }
        }
        return null;
    }

    @Test
    void aLeaderPicksATownshipOnTheMapAndTheChartsFollow() throws Exception {
        Page page = signIn("leader");
        // a leader's day starts on the overview
        page.locator("#dashboard-title").waitFor();
        page.locator(".target-tile").first().waitFor();
        assertThat(page.locator(".target-tile").count()).isEqualTo(84);
        Locator map = page.locator("#overview-map");
        page.waitForCondition(() -> map.locator("canvas").count() > 0);
        page.waitForCondition(() -> !((String) page.evaluate("() => document.getElementById('township-chart').optionJson()")).isEmpty());
        assertThat(chosenBar(option(page, "township-chart"))).isNull();

        Map<String, Object> township = townshipToClick();
        String name = (String) township.get("name_zh");
        // the township layer is drawn once its GeoJSON has arrived; then a real click at the township's pixel
        page.waitForTimeout(2500);
        List<?> pixel = (List<?>) page.evaluate("([lon, lat]) => document.getElementById('overview-map').pixelFor(lon, lat)",
                List.of(township.get("lon"), township.get("lat")));
        var box = map.boundingBox();
        page.mouse().click(box.x + ((Number) pixel.get(0)).doubleValue(), box.y + ((Number) pixel.get(1)).doubleValue());

        page.locator("#place-card").waitFor();
        assertThat(page.locator("#place-card").innerText()).contains(name, "亩");
        page.waitForCondition(() -> {
            try {
                return name.equals(chosenBar(option(page, "township-chart")));
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(option(page, "trend-chart").get("series").findValuesAsText("name")).contains(name);
        assertThat(page.locator(".target-tile").count()).isLessThan(84).isPositive();
        assertThat(page.url()).contains("place=township%3A" + township.get("unit_id"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-township.png")).setFullPage(true));

        // and the reverse: back to the whole city from the place card, the charts mark no township
        page.locator("#place-clear").click();
        page.waitForCondition(() -> {
            try {
                return chosenBar(option(page, "township-chart")) == null;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void theDashboardFitsATabletHeldUpright() {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(768, 1024)
                .setHasTouch(true));
        Page page = tablet.newPage();
        page.setDefaultTimeout(90_000);
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name='username'] input").fill("leader");
        page.locator("vaadin-password-field[name='password'] input").fill("leader");
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
        page.locator(".target-tile").first().waitFor();
        page.waitForCondition(() -> page.locator("#overview-map canvas").count() > 0);
        // nothing wider than the screen: no sideways scrolling on a tablet
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        var mapBox = page.locator("#overview-map").boundingBox();
        assertThat(mapBox.width).isGreaterThan(600).isLessThanOrEqualTo(768);
        page.locator("#month-slider").fill("4");
        page.locator("#month-slider").dispatchEvent("change");
        page.waitForCondition(() -> page.locator("#month-label").innerText().equals("2011年4月"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-tablet.png")));
        tablet.close();
    }

    @Test
    void theReplayedMapComesFromPostgisOverPlainHttp() throws Exception {
        Page page = signIn("leader");
        Map<String, Object> township = townshipToClick();
        JsonNode june = JSON.readTree(page.request().get(url("/map-data/township-progress.geojson?asOf=2011-06-30")).text());
        JsonNode march = JSON.readTree(page.request().get(url("/map-data/township-progress.geojson?asOf=2011-01-31")).text());
        assertThat(june.get("features").size()).isEqualTo(16);
        double done = doneMu(june, township.get("unit_id"));
        assertThat(done).isPositive().isGreaterThanOrEqualTo(doneMu(march, township.get("unit_id")));
        APIResponse substations = page.request().get(url("/map-data/substations.geojson?asOf=2011-01-01"));
        assertThat(substations.text()).doesNotContain("IN_OPERATION");
        assertThat(page.request().get(url("/map-data/township-progress.geojson?asOf=someday")).status()).isEqualTo(400);
        Page signedOut = browser.newContext().newPage();
        assertThat(signedOut.request().get(url("/map-data/township-progress.geojson?asOf=2011-06-30")).status()).isEqualTo(401);
    }

    static double doneMu(JsonNode collection, Object unitId) {
        for (JsonNode f : collection.get("features")) {
            if (f.get("properties").get("unit_id").asLong() == ((Number) unitId).longValue()) {
                return f.get("properties").get("done_mu").asDouble();
            }
        }
        throw new AssertionError("no township " + unitId);
    }
}
