package org.actionmap.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site page in headless Chromium: a link opens a site with its details on the map, and the Economic and Trade
 * Bureau places a new project with a real click on the map; the saved site is served at once.
 */
class SitesIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removePlacedSites() {
        jdbc.update("delete from site where code like 'E2E-%'");
    }

    @Test
    void aLinkOpensASiteAndTheResponsibleUnitPlacesANewOneWithAClickOnTheMap() {
        // a project in the EDZ with no other site within 500 m east of it, where the click goes
        Map<String, Object> project = jdbc.queryForMap("""
                select s.code, st_x(s.geom) as lon, st_y(s.geom) as lat from site s
                 where s.kind = 'TECH_TRANSFORMATION' and s.code like 'TT-%'
                   and st_within(st_translate(s.geom, 0.003, 0), (select geom from zone where code = 'EDZ-LJ'))
                   and not exists (select 1 from site o where o.id <> s.id and st_dwithin(o.geom, st_translate(s.geom, 0.003, 0), 0.005))
                 order by s.code limit 1
                """);
        Page page = signIn("trade");
        page.navigate(url("/sites?site=" + project.get("code")));
        page.locator("#site-panel").waitFor();
        Locator map = page.locator("am-map#site-map");
        page.waitForCondition(() -> map.locator("canvas").count() > 0);
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("20-site-details.png")));
        assertThat(page.locator("#site-facts").innerText()).contains("技改项目").contains("经济贸易局");

        page.locator("#site-new-button").click();
        page.locator("#site-form").waitFor();
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) map.evaluate("(el, p) => el.pixelFor(p[0], p[1])",
                List.of(((Number) project.get("lon")).doubleValue() + 0.003, ((Number) project.get("lat")).doubleValue()));
        var box = map.boundingBox();
        page.mouse().click(box.x + pixel.get(0).doubleValue(), box.y + pixel.get(1).doubleValue());
        page.waitForCondition(() -> page.locator("#site-form-area").innerText().startsWith("位置"));
        page.locator("#site-code input").fill("E2E-1");
        page.locator("#site-name-zh input").fill("端到端技改项目");
        page.locator("#site-save").click();
        page.waitForCondition(() -> page.locator("#site-panel").count() > 0);
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("21-site-placed.png")));

        assertThat(jdbc.queryForObject("""
                select u.code from site s join org_unit u on u.id = s.township_id where s.code = 'E2E-1'
                """, String.class)).isEqualTo("LANJIANG");
        assertThat(page.request().get(url("/map-data/sites.geojson?kind=TECH_TRANSFORMATION")).text()).contains("\"E2E-1\"");
    }
}
