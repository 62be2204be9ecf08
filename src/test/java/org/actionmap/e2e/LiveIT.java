package org.actionmap.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people at work in two headless Chromium contexts: the land bureau marks an EDZ parcel acquired in its form
 * beside the map, and the leader's open map and task page show the parcel's new status and the EDZ land figure
 * move, without a reload (Vaadin push, fed by PostgreSQL NOTIFY).
 */
class LiveIT extends BrowserTestBase {

    private static final String TARGET = "[data-target='T01.2.industrial-land-added']";

    @Autowired
    JdbcTemplate jdbc;

    private String code;

    @AfterEach
    void putTheParcelBack() {
        if (code != null) {
            jdbc.update("delete from parcel_status_step where status = 'ACQUIRED' and parcel_id = (select id from parcel where code = ?)", code);
            jdbc.update("update parcel set status = 'PLANNED', version = version + 1 where code = ?", code);
        }
    }

    @Test
    void theLeaderSeesTheLandBureausChangeOnTheMapAndInTheFiguresWithoutAReload() {
        code = jdbc.queryForObject("""
                select p.code from parcel p join zone z on z.id = p.zone_id
                 where p.deleted_at is null and p.status = 'PLANNED' and p.purpose = 'NEW_INDUSTRIAL' and z.kind = 'EDZ_AREA'
                 order by p.code limit 1
                """, String.class);

        Page figures = signIn("leader");
        figures.navigate(url("/plan/tasks/1"));
        Locator target = figures.locator(TARGET).first();
        target.waitFor();
        String before = target.innerText();
        Page leaderMap = figures.context().newPage();
        leaderMap.setDefaultTimeout(90_000);
        leaderMap.navigate(url("/map?parcel=" + code));
        Locator panel = leaderMap.locator("#parcel-panel");
        panel.waitFor();
        assertThat(panel.innerText()).contains("计划");

        Page land = signIn("land");
        land.navigate(url("/map?parcel=" + code));
        land.locator("#parcel-edit-button").click();
        land.locator("#parcel-status").click();
        land.locator("vaadin-select-item:has-text('已征收')").click();
        Locator date = land.locator("#step-ACQUIRED input");
        date.fill("2011/9/1");
        date.press("Enter");
        land.locator("#parcel-save").click();
        land.locator("#parcel-panel").waitFor();
        assertThat(jdbc.queryForObject("select status from parcel where code = ?", String.class, code)).isEqualTo("ACQUIRED");

        // no reload: the leader's pages change by themselves
        leaderMap.waitForCondition(() -> panel.innerText().contains("已征收"));
        leaderMap.waitForTimeout(800);
        // a background tab draws no frames, so a screenshot of it can wait forever: bring it to the front first
        leaderMap.bringToFront();
        leaderMap.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("14-leader-map-live.png")));
        figures.waitForCondition(() -> !figures.locator(TARGET).first().innerText().equals(before));
        figures.bringToFront();
        figures.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("15-leader-figures-live.png")));

        // the change in the plan's activity, in a sentence naming the land bureau's person and unit
        figures.navigate(url("/activity"));
        Locator entry = figures.locator(".activity-entry").first();
        entry.waitFor();
        assertThat(entry.innerText()).contains("国土资源局").contains(code).contains("已征收");
        figures.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("16-activity.png")));
    }
}
