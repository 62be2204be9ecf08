package org.actionmap.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The power bureau draws a 10 kV line with real clicks in headless Chromium, starting on the Xiangxi substation (the
 * pointer snaps to it): the live length while drawing, the saved line on the map data with PostGIS's length, then the
 * line split in two where the user clicks on it.
 */
class DrawPowerLineIT extends BrowserTestBase {

    private static final double[][] BENDS = {{119.5352, 29.2836}, {119.5330, 29.2790}, {119.5290, 29.2775}};

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeDrawnLines() {
        jdbc.update("delete from power_line where code like 'E2E-%'");
    }

    private double[] pixel(Locator map, double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) map.evaluate("(el, p) => el.pixelFor(p[0], p[1])", List.of(lon, lat));
        var box = map.boundingBox();
        return new double[]{box.x + p.get(0).doubleValue(), box.y + p.get(1).doubleValue()};
    }

    @Test
    void thePowerBureauDrawsALineFromASubstationSavesItAndSplitsIt() {
        Page page = signIn("power");
        page.navigate(url("/power?feature=SS-XIANGXI"));
        Locator map = page.locator("am-map#power-map");
        page.waitForCondition(() -> map.locator("canvas").count() > 0);
        page.waitForTimeout(1500);
        page.locator("#power-new-line").click();
        page.locator("#power-form-save").waitFor();

        for (double[] bend : BENDS) {
            double[] at = pixel(map, bend[0], bend[1]);
            page.mouse().click(at[0], at[1]);
            page.waitForTimeout(250);
        }
        assertThat((String) map.evaluate("el => el.currentAreaText()")).contains("公里");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("12-line-drawing.png")));
        double[] last = pixel(map, BENDS[2][0], BENDS[2][1]);
        page.mouse().dblclick(last[0], last[1]);
        Locator measure = page.locator("#power-form-measure");
        page.waitForCondition(() -> measure.innerText().contains("公里") && measure.innerText().matches(".*\\d.*"));

        page.locator("#power-form-code input").fill("E2E-L1");
        page.locator("#power-form-name-zh input").fill("端到端测试线");
        page.locator("#power-form-name-en input").fill("End-to-end feeder");
        page.locator("#power-form-save").click();
        page.locator("#power-split-button").waitFor();
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("13-line-saved.png")));

        double stored = jdbc.queryForObject("select length_m from power_line where code = 'E2E-L1'", Double.class);
        double expected = jdbc.queryForObject("""
                select st_length(st_makeline(array[st_makepoint(?, ?), st_makepoint(?, ?), st_makepoint(?, ?)])::geography)
                """, Double.class, BENDS[0][0], BENDS[0][1], BENDS[1][0], BENDS[1][1], BENDS[2][0], BENDS[2][1]);
        assertThat(stored).isBetween(expected * 0.97, expected * 1.03);
        assertThat(page.request().get(url("/map-data/power-lines.geojson?status=PLANNED")).text()).contains("E2E-L1");

        page.locator("#power-split-button").click();
        double[] middle = pixel(map, BENDS[1][0], BENDS[1][1]);
        page.mouse().click(middle[0], middle[1]);
        page.locator("#split-save").waitFor();
        page.locator("#split-code input").fill("E2E-L2");
        page.locator("#split-save").click();
        page.waitForCondition(() -> page.locator("#split-save").count() == 0);
        String lines = page.request().get(url("/map-data/power-lines.geojson?status=PLANNED")).text();
        assertThat(lines).contains("E2E-L1", "E2E-L2");
        Double total = jdbc.queryForObject("select sum(length_m) from power_line where code like 'E2E-L%'", Double.class);
        assertThat(total).isBetween(stored - 1, stored + 1);
    }
}
