package org.actionmap.e2e;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in Debian's headless Chromium: a unit's staff member signs in, opens a task, reports a month,
 * and sees the target's bar move; a leader then sees the same figure. Screenshots go to target/e2e/.
 */
class ReportProgressIT extends BrowserTestBase {

    private static double barValue(Locator row) {
        return Double.parseDouble(row.locator("vaadin-progress-bar").getAttribute("data-value"));
    }

    @Test
    void staffReportAMonthAndTheBarMovesForThemAndForTheLeader() {
        Page staff = signIn("trade");
        // "/" forwards staff to their own targets
        staff.waitForURL(url -> url.endsWith("/my-tasks"));
        staff.locator("#my-targets").waitFor();
        staff.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("1-my-tasks.png")).setFullPage(true));

        staff.navigate(url("/plan/tasks/6"));
        staff.waitForLoadState(LoadState.NETWORKIDLE);
        Locator row = staff.locator("[data-target]:has(vaadin-button.report-button):not([data-comparator='AT_MOST']):not([data-comparator='ZERO_GROWTH'])")
                .filter(new Locator.FilterOptions().setHas(staff.locator("vaadin-progress-bar:not([data-value='1.0'])")))
                .first();
        String code = row.getAttribute("data-target");
        double before = barValue(row);
        String aim = row.getAttribute("data-aim");

        row.locator("vaadin-button.report-button").click();
        Locator value = staff.locator("#progress-value input");
        value.fill(aim);
        staff.locator("#progress-note textarea").fill("end-to-end test");
        staff.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("2-report-dialog.png")));
        staff.locator("#progress-save").click();
        staff.locator("#progress-save").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        Locator updated = staff.locator("[data-target='" + code + "']");
        staff.waitForCondition(() -> barValue(updated) > before);
        assertThat(barValue(updated)).isEqualTo(1.0);
        assertThat(staff.locator("#progress-history").innerText()).contains("end-to-end test");
        staff.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("3-task-after-report.png")).setFullPage(true));

        Page leader = signIn("leader");
        leader.waitForURL(url -> url.endsWith("/dashboard"));
        Locator tile = leader.locator(".target-tile[data-target='" + code + "']");
        tile.waitFor();
        assertThat(tile.getAttribute("data-status")).isEqualTo("MET");
        leader.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("4-leader-dashboard.png")));
        leader.navigate(url("/plan"));
        leader.locator("#task-grid").waitFor();
        leader.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("4-leader-plan.png")).setFullPage(true));
        leader.navigate(url("/plan/tasks/6"));
        Locator seenByLeader = leader.locator("[data-target='" + code + "']");
        seenByLeader.waitFor();
        assertThat(barValue(seenByLeader)).isEqualTo(1.0);
        assertThat(leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("填报")).count()).isZero();
    }
}
