package org.actionmap.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The power bureau records Nübu's construction start in headless Chromium: the substation's symbol on the map follows
 * (its last milestone reached) and so does the target "110 kV Nübu substation construction started".
 */
class PowerIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void undoNvbuStart() {
        jdbc.update("""
                update substation_milestone set actual_on = null, note = null
                 where milestone = 'CONSTRUCTION_STARTED' and substation_id = (select id from substation where code = 'SS-NVBU')
                """);
    }

    private String nvbuStatus(Page page) {
        page.navigate(url("/plan/tasks/11"));
        Locator target = page.locator("[data-target='T11.1.nvbu-substation-started']");
        target.waitFor();
        return target.locator("[data-status]").first().getAttribute("data-status");
    }

    @Test
    void thePowerBureauRecordsNuebusConstructionStartAndTheMapAndTheTargetFollow() {
        Page page = signIn("power");
        assertThat(nvbuStatus(page)).isEqualTo("ON_PACE");
        assertThat(page.request().get(url("/map-data/substations.geojson")).text().replace(" ", ""))
                .containsPattern("\"code\":\"SS-NVBU\"[^}]*\"reached\":\"APPROVED\"");

        page.navigate(url("/power"));
        page.locator("#power-map canvas").first().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("10-power-before.png")));
        page.locator("vaadin-button[data-substation='SS-NVBU']").click();
        page.locator("#milestone-save").waitFor(); // the dialog's content lives in its overlay
        // the next milestone and the reporting date are proposed: construction started, 20 September 2011
        page.locator("#milestone-save").click();
        page.waitForCondition(() -> page.locator("#milestone-save").count() == 0);
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("11-power-after.png")));

        // the map's symbol is coloured by the last milestone reached, served fresh after the save
        String after = page.request().get(url("/map-data/substations.geojson")).text();
        assertThat(after.replace(" ", "")).containsPattern("\"code\":\"SS-NVBU\"[^}]*\"reached\":\"CONSTRUCTION_STARTED\"");
        assertThat(nvbuStatus(page)).isEqualTo("MET");
    }
}
