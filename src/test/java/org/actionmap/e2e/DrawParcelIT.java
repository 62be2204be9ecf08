package org.actionmap.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drawing a parcel with real clicks on the map in headless Chromium: the live area while drawing, the saved parcel
 * in the vector tiles right after, and a self-intersecting outline refused with its message.
 */
class DrawParcelIT extends BrowserTestBase {

    private static final double HALF = 0.0004;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeDrawnParcels() {
        jdbc.update("delete from parcel where code like 'E2E-%'");
    }

    /**
     * A free spot in the zone next to an existing parcel, so that the parcel's link zooms the map close to it: the
     * parcel's code and the spot's centre. The spot keeps clear of every parcel, so snapping does not move clicks.
     */
    private Map<String, Object> freeSpotNearAParcel(int seed) {
        return jdbc.queryForMap("""
                select p.code, st_x(c.pt) as lon, st_y(c.pt) as lat
                  from (select (st_dump(st_generatepoints(z.geom, 3000, ?))).geom as pt from zone z where z.kind = 'EDZ_AREA') as c
                  join parcel p on p.deleted_at is null and st_dwithin(p.geom, c.pt, 0.003)
                 where st_within(st_expand(c.pt, ?), (select st_union(geom) from zone where kind = 'EDZ_AREA'))
                   and not exists (select 1 from parcel q where q.deleted_at is null and q.geom && st_expand(c.pt, ? * 2))
                 order by st_distance(p.geom, c.pt) limit 1
                """, seed, HALF, HALF);
    }

    private void clickAt(Page page, Locator map, double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) map.evaluate("(el, p) => el.pixelFor(p[0], p[1])", List.of(lon, lat));
        var box = map.boundingBox();
        page.mouse().click(box.x + pixel.get(0).doubleValue(), box.y + pixel.get(1).doubleValue());
        page.waitForTimeout(250);
    }

    private Locator openMapNear(Page page, String parcelCode) {
        page.navigate(url("/map?parcel=" + parcelCode));
        page.locator("#parcel-panel").waitFor();
        Locator map = page.locator("am-map#land-map");
        page.waitForCondition(() -> map.locator("canvas").count() > 0);
        page.waitForTimeout(1500); // the fit to the parcel is animated
        return map;
    }

    /** The zone's staff open the map beside a parcel and start drawing a new one there. */
    private Locator startNewParcelNear(Page page, String parcelCode) {
        Locator map = openMapNear(page, parcelCode);
        page.locator("#parcel-new-button").click();
        page.locator("#parcel-form").waitFor();
        return map;
    }

    @Test
    void zoneStaffDrawAParcelSeeItsAreaLiveSaveItAndFindItOnTheTiles() {
        Map<String, Object> spot = freeSpotNearAParcel(11);
        double lon = (Double) spot.get("lon"), lat = (Double) spot.get("lat");
        Page page = signIn("edz");
        Locator map = startNewParcelNear(page, (String) spot.get("code"));

        clickAt(page, map, lon - HALF, lat - HALF);
        clickAt(page, map, lon + HALF, lat - HALF);
        clickAt(page, map, lon + HALF, lat + HALF);
        clickAt(page, map, lon - HALF, lat + HALF);
        // while drawing, the area of the sketch so far shows beside it
        String live = (String) map.evaluate("el => el.currentAreaText()");
        assertThat(live).contains("亩").contains("公顷");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("7-drawing.png")));
        clickAt(page, map, lon - HALF, lat - HALF); // back on the first corner: the polygon closes

        Locator area = page.locator("#parcel-form-area");
        page.waitForCondition(() -> area.innerText().contains("亩"));
        double expectedMu = jdbc.queryForObject("select st_area(st_expand(st_setsrid(st_makepoint(?, ?), 4326), ?)::geography) / (10000.0 / 15)",
                Double.class, lon, lat, HALF);
        page.locator("#parcel-code input").fill("E2E-1");
        page.locator("#parcel-name input").fill("端到端测试地块");
        page.locator("#parcel-save").click();
        page.locator("#parcel-panel").waitFor();
        assertThat(page.locator("#parcel-panel").innerText()).contains("E2E-1", "端到端测试地块");
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("8-parcel-saved.png")));

        // the saved parcel is in the vector tile of its place right away (tiles are never cached)
        int z = 15;
        int x = (int) Math.floor((lon + 180) / 360 * (1 << z));
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * (1 << z));
        APIResponse tile = page.request().get(url("/tiles/parcels/") + z + "/" + x + "/" + y + ".mvt");
        assertThat(tile.status()).isEqualTo(200);
        assertThat(new String(tile.body(), StandardCharsets.ISO_8859_1)).contains("E2E-1");
        Double storedMu = jdbc.queryForObject("select area_m2 / (10000.0 / 15) from parcel where code = 'E2E-1'", Double.class);
        assertThat(storedMu).isBetween(expectedMu * 0.97, expectedMu * 1.03);
    }

    @Test
    void aSelfIntersectingOutlineIsRefusedWithAMessage() {
        Map<String, Object> spot = freeSpotNearAParcel(23);
        double lon = (Double) spot.get("lon"), lat = (Double) spot.get("lat");
        Page page = signIn("edz");
        Locator map = startNewParcelNear(page, (String) spot.get("code"));
        // a bow tie: the second and third corners swapped, so two edges cross in the middle
        clickAt(page, map, lon - HALF, lat - HALF);
        clickAt(page, map, lon + HALF, lat + HALF);
        clickAt(page, map, lon + HALF, lat - HALF);
        clickAt(page, map, lon - HALF, lat + HALF);
        clickAt(page, map, lon - HALF, lat - HALF);
        Locator problem = page.locator(".geometry-problem");
        problem.first().waitFor();
        assertThat(problem.first().innerText()).contains("自相交");
        page.locator("#parcel-code input").fill("E2E-2");
        page.locator("#parcel-name input").fill("自相交地块");
        page.locator("#parcel-save").click();
        Locator error = page.locator("#parcel-form-error");
        error.waitFor();
        assertThat(error.innerText()).contains("自相交");
        assertThat(page.locator("#parcel-repair").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("9-self-intersection.png")));
        assertThat(jdbc.queryForObject("select count(*) from parcel where code = 'E2E-2'", Integer.class)).isZero();
    }
}
