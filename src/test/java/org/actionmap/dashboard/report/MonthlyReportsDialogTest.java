package org.actionmap.dashboard.report;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.actionmap.KaribuTestBase;
import org.actionmap.security.NotPermittedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The dialog the dashboard opens: generating the chosen month's report and listing the kept month-end reports. */
class MonthlyReportsDialogTest extends KaribuTestBase {

    @Autowired
    MonthlyReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noKeptReports() {
        jdbc.update("delete from monthly_report");
    }

    @Test
    void aLeaderGeneratesAugustsReportInChineseAndSeesTheKeptMonthEndReports() {
        // July's month-end reports, kept earlier (their content does not matter to the list)
        jdbc.update("""
                insert into monthly_report (plan_id, month, locale, format, content, generated_by, automatic)
                select id, 7, l, f, '\\x00'::bytea, 'automatic', true from plan,
                       unnest(array['zh-CN', 'en']) l, unnest(array['PDF', 'XLSX']) f where year = 2011
                """);
        signIn("leader");
        MonthlyReportsDialog dialog = new MonthlyReportsDialog(reports, 8);
        dialog.open();

        Grid<MonthlyReportsDialog.KeptMonth> kept = _get(Grid.class);
        assertThat(GridKt._size(kept)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(kept, 0)).contains("2011年7月", "中文");
        assertThat(List.of(link(kept, 0, "pdf"), link(kept, 0, "xlsx"), link(kept, 1, "pdf"), link(kept, 1, "xlsx")))
                .containsExactly("ActionMap-2011-07-zh-CN.pdf", "ActionMap-2011-07-zh-CN.xlsx",
                        "ActionMap-2011-07-en.pdf", "ActionMap-2011-07-en.xlsx");

        _click(_get(Button.class, spec -> spec.withText("生成 PDF 和 Excel")));
        assertThat(_get(ProgressBar.class).isVisible()).isTrue();
        await().atMost(Duration.ofMinutes(2)).pollInSameThread().pollInterval(Duration.ofMillis(200)).until(() -> {
            MockVaadin.runUIQueue();
            return anchorTexts().contains("ActionMap-2011-08-zh-CN.pdf");
        });
        assertThat(anchorTexts()).contains("ActionMap-2011-08-zh-CN.xlsx");
        assertThat(_find(ProgressBar.class)).as("the progress indicator, hidden once done").isEmpty();
        // kept as the leader's, not among the month-end reports
        assertThat(jdbc.queryForList("select generated_by from monthly_report where month = 8 and not automatic",
                String.class)).containsExactly("leader", "leader");
    }

    @Test
    void signedOutNobodyReadsAKeptReport() {
        jdbc.update("""
                insert into monthly_report (plan_id, month, locale, format, content, generated_by, automatic)
                select id, 7, 'en', 'PDF', '\\x00'::bytea, 'automatic', true from plan where year = 2011
                """);
        Long id = jdbc.queryForObject("select id from monthly_report", Long.class);
        signIn("xiangxi");
        assertThat(reports.content(id)).isPresent();
        signOut();
        assertThatThrownBy(() -> reports.content(id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reports.generate(8, java.util.Locale.ENGLISH)).isInstanceOf(NotPermittedException.class);
    }

    private static String link(Grid<?> grid, int row, String column) {
        return ((Anchor) GridKt._getCellComponent(grid, row, column)).getText();
    }

    private static List<String> anchorTexts() {
        return _find(Anchor.class).stream().map(Anchor::getText).toList();
    }
}
