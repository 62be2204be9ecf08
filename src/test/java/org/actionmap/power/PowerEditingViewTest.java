package org.actionmap.power;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.KaribuTestBase;
import org.actionmap.map.MapComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The power workspace's map editing, driven by the map's events as the browser sends them: a line drawn beside the
 * form and saved with its length, split where the user clicks, a substation placed; the programme timeline; readers
 * get no editing actions.
 */
class PowerEditingViewTest extends KaribuTestBase {

    static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[119.5352,29.2836],[119.545,29.29],[119.556,29.292]]}";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeDrawnFeatures() {
        jdbc.update("delete from power_line where code like 'KT-%'");
        jdbc.update("delete from substation where code like 'KT-%'");
    }

    private MapComponent map() {
        return _get(MapComponent.class, spec -> spec.withId("power-map"));
    }

    private void draw(String geometry, double lengthM) {
        ComponentUtil.fireEvent(map(), new MapComponent.GeometryChangeEvent(map(), true, geometry, 0, lengthM));
    }

    private void fill(String code, String zh, String en) {
        _setValue(_get(TextField.class, spec -> spec.withId("power-form-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("power-form-name-zh")), zh);
        _setValue(_get(TextField.class, spec -> spec.withId("power-form-name-en")), en);
    }

    @SuppressWarnings("unchecked")
    private List<String> lineCodes() {
        Grid<PowerLineDetails> grid = _get(Grid.class, spec -> spec.withId("line-grid"));
        return _findAll(grid).stream().map(PowerLineDetails::code).toList();
    }

    @Test
    void thePowerBureauDrawsALineSavesItWithItsLengthAndSplitsItWhereItClicks() {
        signIn("power");
        UI.getCurrent().navigate("power");
        _click(_get(Button.class, spec -> spec.withId("power-new-line")));
        assertThat(map().isEditing()).isTrue();
        draw(LINE, 2210.4);
        assertThat(_get(Paragraph.class, spec -> spec.withId("power-form-measure")).getText()).contains("2.21");
        fill("KT-L1", "测试线", "Test feeder");
        _click(_get(Button.class, spec -> spec.withId("power-form-save")));

        assertThat(map().isEditing()).isFalse();
        assertThat(lineCodes()).contains("KT-L1");
        assertThat(_get(H4.class, spec -> spec.withText("测试线"))).isNotNull();
        double length = jdbc.queryForObject("select length_m from power_line where code = 'KT-L1'", Double.class);
        assertThat(length).isBetween(2000.0, 2400.0);

        _click(_get(Button.class, spec -> spec.withId("power-split-button")));
        // a click just beside the middle bend
        ComponentUtil.fireEvent(map(), new MapComponent.MapClickEvent(map(), true, 119.5451, 29.2901));
        _get(TextField.class, spec -> spec.withId("split-code")).setValue("KT-L2");
        _click(_get(Button.class, spec -> spec.withId("split-save")));

        assertThat(lineCodes()).contains("KT-L1", "KT-L2");
        Double total = jdbc.queryForObject("select sum(length_m) from power_line where code in ('KT-L1', 'KT-L2')", Double.class);
        assertThat(total).isCloseTo(length, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aLineFarFromTheCountyIsRefusedInTheFormAndNothingIsSaved() {
        signIn("power");
        UI.getCurrent().navigate("power");
        _click(_get(Button.class, spec -> spec.withId("power-new-line")));
        draw("{\"type\":\"LineString\",\"coordinates\":[[121.4,31.2],[121.5,31.3]]}", 14000);
        fill("KT-FAR", "远线", "Far line");
        _click(_get(Button.class, spec -> spec.withId("power-form-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("power-form-error")).getText()).contains("没有经过本市");
        assertThat(map().isEditing()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from power_line where code = 'KT-FAR'", Integer.class)).isZero();
    }

    @Test
    void aPlacedSubstationJoinsTheProgrammeTimeline() {
        signIn("power");
        UI.getCurrent().navigate("power");
        Div timeline = _get(Div.class, spec -> spec.withId("programme-timeline"));
        assertThat(_find(timeline, Div.class).stream().filter(d -> d.getElement().hasAttribute("data-substation"))).hasSize(3);
        // Xiangxi was completed after its planned date: a late bar and late markers in its row
        Div xiangxi = _get(timeline, Div.class, spec -> spec.withAttribute("data-substation", "SS-XIANGXI"));
        assertThat(xiangxi.getChildren().filter(c -> c.hasClassName("late"))
                .map(c -> c.getElement().getAttribute("data-milestone"))).contains("COMPLETED");

        _click(_get(Button.class, spec -> spec.withId("power-new-substation")));
        draw("{\"type\":\"Point\",\"coordinates\":[119.50,29.25]}", 0);
        fill("KT-S1", "测试变电站", "Test substation");
        _click(_get(Button.class, spec -> spec.withId("power-form-save")));

        timeline = _get(Div.class, spec -> spec.withId("programme-timeline"));
        assertThat(_find(timeline, Div.class, spec -> spec.withAttribute("data-substation", "KT-S1"))).hasSize(1);
    }

    @Test
    void readersOpenAFeatureByItsAddressWithoutEditingActions() {
        signIn("leader");
        UI.getCurrent().navigate("power", com.vaadin.flow.router.QueryParameters.of("feature", "L500-XINAN"));
        assertThat(_find(Button.class, spec -> spec.withId("power-new-line"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("power-edit-button"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("power-split-button"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("power-side"))
                .getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.orderedlayout.VerticalLayout)).isTrue();
        assertThat(_find(H4.class).stream().map(H4::getText)).anyMatch(t -> t.contains("500"));
    }

    @Test
    void aLineDeletedByThePowerBureauIsRestoredByTheAdministrator() {
        signIn("power");
        UI.getCurrent().navigate("power");
        _click(_get(Button.class, spec -> spec.withId("power-new-line")));
        draw(LINE, 2210);
        fill("KT-DEL", "待删线", "Line to delete");
        _click(_get(Button.class, spec -> spec.withId("power-form-save")));
        _click(_get(Button.class, spec -> spec.withId("power-edit-button")));
        _click(_get(Button.class, spec -> spec.withId("power-form-delete")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(lineCodes()).doesNotContain("KT-DEL");

        signIn("admin");
        UI.getCurrent().navigate("admin");
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(4);
        @SuppressWarnings("unchecked")
        Grid<DeletedPowerFeature> deleted = _get(Grid.class, spec -> spec.withId("deleted-power-features"));
        int row = _findAll(deleted).stream().map(DeletedPowerFeature::code).toList().indexOf("KT-DEL");
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(deleted, row, "restore"));
        assertThat(jdbc.queryForObject("select deleted_at is null from power_line where code = 'KT-DEL'", Boolean.class)).isTrue();
    }
}
