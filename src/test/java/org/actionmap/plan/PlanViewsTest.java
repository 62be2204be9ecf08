package org.actionmap.plan;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.actionmap.KaribuTestBase;
import org.actionmap.plan.ui.MyTasksView;
import org.actionmap.plan.ui.PlanOverviewView;
import org.actionmap.plan.ui.TaskDetailView;
import org.actionmap.security.ui.LoginView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan views, driven without a browser on the real application and database. */
class PlanViewsTest extends KaribuTestBase {

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() {
        UI.getCurrent().navigate("plan");
        _assertOne(LoginView.class);
    }

    @Test
    void aLeaderSeesTheThirteenTasksWithTheirRollUpInChinese() {
        signIn("leader");
        UI.getCurrent().navigate("plan");
        _assertOne(PlanOverviewView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(13);
        assertThat(_get(H2.class, spec -> spec.withId("plan-title")).getText()).contains("兰溪");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).contains("行动计划");
    }

    @Test
    void unitStaffStartOnTheirOwnTargets() {
        signIn("trade");
        UI.getCurrent().navigate("");
        _assertOne(MyTasksView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("my-targets"));
        assertThat(GridKt._size(grid)).isPositive();
    }

    @Test
    void aLeaderHasNoReportButtonsOnATask() {
        signIn("leader");
        UI.getCurrent().navigate(TaskDetailView.class, 1);
        assertThat(_find(Button.class, spec -> spec.withClasses("report-button"))).isEmpty();
    }

    @Test
    void staffReportAMonthAndTheTaskShowsTheNewFigureAndItsHistory() {
        signIn("trade");
        UI.getCurrent().navigate(TaskDetailView.class, 6);
        Grid<?> history = _get(Grid.class, spec -> spec.withId("progress-history"));
        int entriesBefore = GridKt._size(history);
        List<Button> reportButtons = _find(Button.class, spec -> spec.withClasses("report-button"));
        assertThat(reportButtons).isNotEmpty();
        _click(reportButtons.get(0));

        // keep the month's figure if there is one (a correction), else a first figure: both respect the running total
        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withId("progress-value"));
        if (value.isEmpty()) {
            _setValue(value, new BigDecimal("7"));
        }
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        history = _get(Grid.class, spec -> spec.withId("progress-history"));
        assertThat(GridKt._size(history)).isEqualTo(entriesBefore + 1);
    }

    @Test
    void aFutureMonthCannotBeChosenAndAnEmptyValueIsExplained() {
        signIn("trade");
        UI.getCurrent().navigate(TaskDetailView.class, 6);
        _click(_find(Button.class, spec -> spec.withClasses("report-button")).get(0));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("progress-value")), null);
        _click(_get(Button.class, spec -> spec.withId("progress-save")));
        var error = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("progress-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank();
        @SuppressWarnings("unchecked")
        var month = (com.vaadin.flow.component.select.Select<Integer>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("progress-month"));
        assertThat(month.getListDataView().getItems().toList()).last().isEqualTo(9);
    }
}
