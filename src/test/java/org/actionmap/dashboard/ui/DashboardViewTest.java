package org.actionmap.dashboard.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.actionmap.KaribuTestBase;
import org.actionmap.chart.ChartComponent;
import org.actionmap.dashboard.Place;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The leaders' overview, driven without a browser on the real application and demo database. */
class DashboardViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;

    DashboardView open() {
        signIn("leader");
        UI.getCurrent().navigate("");
        return _get(DashboardView.class);
    }

    List<TargetTile> tiles() {
        return _find(TargetTile.class);
    }

    Long townshipWithLandWork() {
        return jdbc.queryForObject("""
                select p.township_id from parcel p join zone z on z.id = p.zone_id
                  join parcel_status_step s on s.parcel_id = p.id and s.status = 'ACQUIRED'
                 where p.deleted_at is null and z.kind = 'TOWNSHIP_PARK' and s.reached_on <= '2011-08-31'
                 group by p.township_id order by count(*) desc limit 1
                """, Long.class);
    }

    @Test
    void aLeaderStartsOnTheDashboardWithATileForEveryTargetGroupedByTaskInChinese() {
        open();
        assertThat(_get(H2.class, spec -> spec.withId("dashboard-title")).getText()).contains("兰溪").contains("总览");
        assertThat(tiles()).hasSize(84);
        assertThat(_find(TaskTiles.class)).hasSize(13);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-as-of")).getText()).contains("2011年9月20日");
        // every tile carries its state as a colour and an attribute the tests and screen readers can read
        assertThat(tiles()).allMatch(t -> t.getElement().getAttribute("data-status") != null);
    }

    @Test
    void choosingATaskNarrowsTheTilesAndTheCharts() {
        open();
        ComboBox<?> task = _get(ComboBox.class, spec -> spec.withId("filter-task"));
        _click(_find(Button.class, spec -> spec.withClasses("task-filter")).get(10)); // task 11's filter button
        assertThat(_find(TaskTiles.class)).hasSize(1);
        assertThat(_get(TaskTiles.class).getElement().getAttribute("data-task")).isEqualTo("11");
        assertThat(task.getValue()).isNotNull();
        // no money target in the power grid task: its chart leaves the page
        assertThat(_find(ChartComponent.class, spec -> spec.withId("money-chart"))).isEmpty(); // Karibu finds visible ones only
        _click(_get(Button.class, spec -> spec.withId("filter-clear")));
        assertThat(tiles()).hasSize(84);
    }

    @Test
    void choosingATownshipOnTheMapFiltersTheTilesAndTheChartsFollow() {
        DashboardView view = open();
        Long township = townshipWithLandWork();
        MapComponent map = _get(MapComponent.class, spec -> spec.withId("overview-map"));
        ComponentUtil.fireEvent(map, new MapComponent.FeatureClickEvent(map, true, OverviewMap.TOWNSHIPS,
                String.valueOf(township), 119.5, 29.2));

        Place chosen = (Place) _get(ComboBox.class, spec -> spec.withId("filter-place")).getValue();
        assertThat(chosen.id()).isEqualTo(township);
        assertThat(_get(Div.class, spec -> spec.withId("place-card")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("place-land")).getText()).contains("亩");
        assertThat(tiles()).hasSizeLessThan(84).isNotEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("tile-place"))).isNotEmpty();

        // the township chart marks the township chosen; the trend chart adds its part of the figure
        JsonNode byTownship = view.charts().byTownship().getOption();
        JsonNode marked = null;
        for (JsonNode item : byTownship.get("series").get(0).get("data")) {
            if (item.path("itemStyle").has("borderColor")) {
                marked = item;
            }
        }
        assertThat(marked).isNotNull();
        assertThat(marked.get("name").asText()).isEqualTo(chosen.name(UI.getCurrent().getLocale()));
        JsonNode trend = view.charts().trend().getOption();
        assertThat(trend.get("series").findValuesAsText("id")).contains("place");
    }

    @Test
    void aClickOnAZoneInTheChartChoosesItAndTheMapFramesIt() {
        DashboardView view = open();
        ChartComponent byZone = view.charts().byZone();
        assertThat(byZone.isVisible()).isTrue();
        String firstZone = byZone.getOption().get("series").get(0).get("data").get(0).get("name").asText();
        ComponentUtil.fireEvent(byZone, new ChartComponent.ChartClickEvent(byZone, true, DashboardCharts.BY_ZONE, "", firstZone, 0));
        Place chosen = (Place) _get(ComboBox.class, spec -> spec.withId("filter-place")).getValue();
        assertThat(chosen).isNotNull();
        assertThat(chosen.kind()).isEqualTo(Place.Kind.ZONE);
        assertThat(chosen.name(UI.getCurrent().getLocale())).isEqualTo(firstZone);
        // a second click on the chosen place goes back to the whole city
        ComponentUtil.fireEvent(byZone, new ChartComponent.ChartClickEvent(byZone, true, DashboardCharts.BY_ZONE, "", firstZone, 0));
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-place")).getValue()).isNull();
    }

    @Test
    void theMonthSliderShowsTheFiguresAndTheMapAsOfThatMonthsEnd() {
        DashboardView view = open();
        double august = landAcquired(view);
        _setValue(_get(Input.class, spec -> spec.withId("month-slider")), "3");
        assertThat(_get(Span.class, spec -> spec.withId("month-label")).getText()).isEqualTo("2011年3月");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-as-of")).getText()).contains("2011年3月31日");
        assertThat(landAcquired(view)).isLessThan(august);
        MapComponent map = _get(MapComponent.class, spec -> spec.withId("overview-map"));
        MapLayer parcels = map.getLayers().get(OverviewMap.PARCELS);
        assertThat(parcels.url()).endsWith("asOf=2011-03-31");
        assertThat(map.getLayers().get(OverviewMap.TOWNSHIPS).url()).contains("asOf=2011-03-31");
        assertThat(map.getLayers().get("substations").url()).contains("asOf=2011-03-31");
    }

    double landAcquired(DashboardView view) {
        return view.shown().tiles().stream().filter(t -> t.code().equals("T01.1.land-acquired")).findFirst().orElseThrow()
                .standing().progress().actual().doubleValue();
    }

    @Test
    void playingTheYearStepsThroughTheMonthsAndStopsAtTheLatest() {
        DashboardView view = open();
        _click(_get(Button.class, spec -> spec.withId("month-play")));
        assertThat(view.isPlaying()).isTrue();
        assertThat(view.shown().month()).isEqualTo(1);
        UI ui = UI.getCurrent();
        for (int month = 2; month <= 9; month++) {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            assertThat(view.shown().month()).isEqualTo(month);
        }
        assertThat(view.isPlaying()).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aTileOpensWhatMakesItsFigure() {
        DashboardView view = open();
        TargetTile land = tiles().stream().filter(t -> t.code().equals("T01.1.land-acquired")).findFirst().orElseThrow();
        _click(land);
        assertThat(_get(Div.class, spec -> spec.withId("drill-features")).getChildren().count()).isPositive();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("drill-task-link")).getHref())
                .isEqualTo("plan/tasks/1");
        _click(_get(Button.class, spec -> spec.withId("drill-close")));

        // a reported figure opens the entries reported up to the month, each with its unit and author
        String reportedCode = view.shown().tiles().stream().filter(t -> t.standing().target().reported()
                && !t.standing().actualByMonth().isEmpty()).findFirst().orElseThrow().code();
        _click(tiles().stream().filter(t -> t.code().equals(reportedCode)).findFirst().orElseThrow());
        Grid<?> entries = _get(Grid.class, spec -> spec.withId("drill-entries"));
        Integer current = jdbc.queryForObject("""
                select count(*) from progress_entry e join target t on t.id = e.target_id
                 where t.code = ? and e.month <= 9
                """, Integer.class, reportedCode);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(entries)).isEqualTo(current);
    }

    @Test
    void theMonthlyReportOpensForTheMonthShown() {
        open();
        _setValue(_get(Input.class, spec -> spec.withId("month-slider")), "7");
        _click(_get(Button.class, spec -> spec.withId("dashboard-report")));
        _assertOne(org.actionmap.dashboard.report.MonthlyReportsDialog.class);
        assertThat(_get(org.actionmap.dashboard.report.MonthlyReportsDialog.class).getHeaderTitle()).contains("2011年7月");
    }

    @Test
    void theFilterTravelsInTheAddress() {
        signIn("leader");
        Long township = townshipWithLandWork();
        UI.getCurrent().navigate("dashboard", com.vaadin.flow.router.QueryParameters.fromString(
                "month=5&task=1&place=township:" + township));
        DashboardView view = _get(DashboardView.class);
        assertThat(view.shown().month()).isEqualTo(5);
        assertThat(_find(TaskTiles.class)).hasSize(1);
        assertThat(((Place) _get(ComboBox.class, spec -> spec.withId("filter-place")).getValue()).id()).isEqualTo(township);
    }

    @Test
    void staffReachTheDashboardFromTheNavigationAndReadItInEnglish() {
        signIn("power");
        UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("dashboard");
        assertThat(_get(H2.class, spec -> spec.withId("dashboard-title")).getText()).contains("where the plan stands");
        assertThat(tiles()).hasSize(84);
    }
}
