package org.actionmap.power;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.actionmap.KaribuTestBase;
import org.actionmap.map.MapComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The power bureau's workspace: the timeline of each substation, recording a milestone; others read. */
class PowerViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void undoNvbuStart() {
        jdbc.update("""
                update substation_milestone set actual_on = null, note = null
                 where milestone = 'CONSTRUCTION_STARTED' and substation_id = (select id from substation where code = 'SS-NVBU')
                """);
    }

    @SuppressWarnings("unchecked")
    private Grid<SubstationDetails> substations() {
        return _get(Grid.class, spec -> spec.withId("substation-grid"));
    }

    private int rowOf(Grid<SubstationDetails> grid, String code) {
        for (int row = 0; row < _size(grid); row++) {
            if (_get(grid, row).code().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code + " not in the grid");
    }

    @Test
    void thePowerBureauRecordsNuebusConstructionStartAndTheTimelineShowsIt() {
        signIn("power");
        UI.getCurrent().navigate("power");
        assertThat(_get(MapComponent.class).getLayers()).containsKeys("substations", "power-lines-completed");
        Grid<SubstationDetails> grid = substations();
        assertThat(_size(grid)).isEqualTo(3);
        // Xiangxi was completed three weeks after its planned date: flagged late in its timeline
        Div completed = (Div) _getCellComponent(grid, rowOf(grid, "SS-XIANGXI"), Milestone.COMPLETED.name());
        assertThat(completed.getChildren().map(c -> ((Span) c).getText())).anySatisfy(t -> assertThat(t).startsWith("● 2011"));

        _click((Button) _getCellComponent(grid, rowOf(grid, "SS-NVBU"), "record"));
        @SuppressWarnings("unchecked")
        Select<Milestone> milestone = _get(Select.class, spec -> spec.withId("milestone-select"));
        assertThat(milestone.getValue()).isEqualTo(Milestone.CONSTRUCTION_STARTED);
        _setValue(_get(DatePicker.class, spec -> spec.withId("milestone-date")), LocalDate.of(2011, 9, 12));
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        assertThat(jdbc.queryForObject("""
                select actual_on from substation_milestone m join substation s on s.id = m.substation_id
                 where s.code = 'SS-NVBU' and m.milestone = 'CONSTRUCTION_STARTED'
                """, java.sql.Date.class).toLocalDate()).isEqualTo(LocalDate.of(2011, 9, 12));
        Span next = (Span) _getCellComponent(grid, rowOf(grid, "SS-NVBU"), "next");
        assertThat(next.getText()).isEqualTo("建成");
    }

    @Test
    void aWrongDateIsRefusedInTheDialog() {
        signIn("power");
        UI.getCurrent().navigate("power");
        Grid<SubstationDetails> grid = substations();
        _click((Button) _getCellComponent(grid, rowOf(grid, "SS-NVBU"), "record"));
        @SuppressWarnings("unchecked")
        Select<Milestone> milestone = _get(Select.class, spec -> spec.withId("milestone-select"));
        _setValue(milestone, Milestone.COMPLETED);
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("milestone-error")).getText()).contains("开工");
    }

    @Test
    void leadersReadTheWorkspaceWithoutRecording() {
        signIn("leader");
        UI.getCurrent().navigate("power");
        assertThat(substations().getColumnByKey("record")).isNull();
        assertThat(_find(Button.class, spec -> spec.withClasses("record-milestone"))).isEmpty();
    }
}
