package org.actionmap.site;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.KaribuTestBase;
import org.actionmap.map.MapComponent;
import org.actionmap.security.OrgUnitInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The site page: the list and its filters, a site's details, the form beside the map; readers see no edit actions. */
class SiteViewTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestSites() {
        jdbc.update("delete from site where code like 'K-%'");
    }

    private MapComponent open(String user, String location) {
        signIn(user);
        // a link's query string goes in as parameters, as the router gets it from the browser
        com.vaadin.flow.router.Location link = new com.vaadin.flow.router.Location(location);
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        return _get(MapComponent.class);
    }

    private Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private String count() {
        return _get(Span.class, spec -> spec.withId("site-count")).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @Test
    void theListShowsEverySiteAndFiltersByKindStatusAndUnit() {
        open("leader", "sites");
        assertThat(_get(MapComponent.class).getLayers()).containsKeys("sites-tech-transformation", "sites-investment-station",
                "site-townships");
        _click(button("site-list-button"));
        assertThat(count()).isEqualTo("共 76 个站点");
        _setValue(select("site-filter-kind"), SiteKind.INVESTMENT_STATION);
        assertThat(count()).isEqualTo("共 8 个站点");
        _setValue(select("site-filter-status"), SiteStatus.OPEN);
        assertThat(count()).isEqualTo("共 6 个站点");
        _setValue(select("site-filter-kind"), null);
        _setValue(select("site-filter-status"), SiteStatus.COMPLETED);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> unit = _get(ComboBox.class, spec -> spec.withId("site-filter-unit"));
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.code().equals("QUALITY_SUPERVISION")).findFirst().orElseThrow());
        assertThat(count()).isEqualTo("共 1 个站点");
    }

    @Test
    void aClickOnASiteOpensItsDetailsWithItsTasksAndTargets() {
        MapComponent map = open("leader", "sites");
        ComponentUtil.fireEvent(map, new MapComponent.FeatureClickEvent(map, true, "sites-quality-centre", "QC-01", 119.52, 29.20));
        assertThat(_get(H3.class, spec -> spec.withText("QC-01 · 省级棉纺织品质量检验中心"))).isNotNull();
        String facts = _get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("site-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("质量检验中心").contains("已竣工").contains("兰江街道").contains("亩");
        assertThat(_find(Span.class, spec -> spec.withClasses("site-step")).stream().map(Span::getText))
                .anySatisfy(t -> assertThat(t).startsWith("● 已竣工 · 2011"));
        assertThat(_get(Anchor.class, spec -> spec.withClasses("site-task")).getHref()).isEqualTo("plan/tasks/5");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("site-target")).getText()).contains("已计入");
        // a leader reads: no edit action, no new site
        assertThat(_find(Button.class, spec -> spec.withId("site-edit-button"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("site-new-button"))).isEmpty();
    }

    @Test
    void aLinkOpensTheSiteAndAStationInAnotherCityHasNoTownship() {
        open("edz", "sites?site=IS-DONGGUAN");
        assertThat(_get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("site-facts"))
                .getElement().getTextRecursively()).contains("不在本市乡镇范围内").contains("对外贸易经济合作局");
        // another unit's site: the EDZ may create its own sites but not edit this one
        assertThat(_find(Button.class, spec -> spec.withId("site-edit-button"))).isEmpty();
        assertThat(button("site-new-button").isVisible()).isTrue();
        UI.getCurrent().navigate("sites", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("site", "NOPE")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("site-not-found")).getText()).contains("NOPE");
    }

    @Test
    void theResponsibleUnitPlacesAPointSavesItAndDeletesItWithConfirmation() {
        MapComponent map = open("trade", "sites");
        _click(button("site-new-button"));
        // the browser draws the point and sends it; a click beside it moves it there
        ComponentUtil.fireEvent(map, new MapComponent.GeometryChangeEvent(map, true,
                "{\"type\":\"Point\",\"coordinates\":[119.508,29.201]}", 0, 0));
        assertThat(_get(Span.class, spec -> spec.withId("site-form-area")).getText()).contains("119.508").contains("29.201");
        ComponentUtil.fireEvent(map, new MapComponent.MapClickEvent(map, true, 119.51, 29.20));
        assertThat(_get(Span.class, spec -> spec.withId("site-form-area")).getText()).contains("119.51").contains("29.2");
        assertThat(_get(com.vaadin.flow.component.textfield.NumberField.class, spec -> spec.withId("site-lon")).getValue())
                .isEqualTo(119.51);
        _setValue(_get(TextField.class, spec -> spec.withId("site-code")), "K-V1");
        _setValue(_get(TextField.class, spec -> spec.withId("site-name-zh")), "测试技改项目");
        _setValue(select("site-status"), SiteStatus.UNDER_CONSTRUCTION);
        _setValue(_get(DatePicker.class, spec -> spec.withId("site-started-on")), LocalDate.of(2011, 7, 1));
        _click(button("site-save"));
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(jdbc.queryForObject("""
                select u.code from site s join org_unit u on u.id = s.township_id where s.code = 'K-V1'
                """, String.class)).isEqualTo("LANJIANG");
        assertThat(jdbc.queryForObject("select name_en from site where code = 'K-V1'", String.class)).isEqualTo("测试技改项目");

        // the details open with the edit action; the form deletes after confirmation
        _click(button("site-edit-button"));
        _click(button("site-delete"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(jdbc.queryForObject("select deleted_by from site where code = 'K-V1'", String.class)).isEqualTo("trade");
    }

    @Test
    void theFormRefusesWithTheServersMessageAndNothingIsSaved() {
        MapComponent map = open("trade", "sites");
        _click(button("site-new-button"));
        // a project in Hangzhou: only stations lie outside the county
        _setValue(_get(com.vaadin.flow.component.textfield.NumberField.class, spec -> spec.withId("site-lon")), 120.16);
        _setValue(_get(com.vaadin.flow.component.textfield.NumberField.class, spec -> spec.withId("site-lat")), 30.27);
        assertThat(_get(Paragraph.class, spec -> spec.withId("site-form-problem")).getText()).contains("乡镇范围之外");
        _setValue(_get(TextField.class, spec -> spec.withId("site-code")), "K-V2");
        _setValue(_get(TextField.class, spec -> spec.withId("site-name-zh")), "杭州项目");
        _click(button("site-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("site-form-error")).getText()).contains("乡镇范围之外");

        // an outline drawn on the map that crosses itself
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> shape = _get(RadioButtonGroup.class, spec -> spec.withId("site-shape"));
        _setValue(shape, shape.getListDataView().getItems().filter(s -> s.toString().equals("OUTLINE")).findFirst().orElseThrow());
        ComponentUtil.fireEvent(map, new MapComponent.GeometryChangeEvent(map, true, SiteServiceTest.BOW_TIE, 64000, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("site-form-problem")).getText()).contains("自相交");
        _click(button("site-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("site-form-error")).getText()).contains("自相交");

        // handing the site to another unit is refused too
        ComponentUtil.fireEvent(map, new MapComponent.GeometryChangeEvent(map, true, SiteServiceTest.SQUARE_IN_EDZ, 64650, 0));
        assertThat(_find(Paragraph.class, spec -> spec.withId("site-form-problem"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("site-form-area")).getText()).contains("97").contains("6.5 公顷");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> unit = _get(ComboBox.class, spec -> spec.withId("site-unit"));
        assertThat(unit.getValue().code()).isEqualTo("ECON_TRADE");
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.code().equals("EDZ")).findFirst().orElseThrow());
        _click(button("site-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("site-form-error")).getText()).contains("经济开发区");
        assertThat(jdbc.queryForObject("select count(*) from site where code like 'K-%'", Integer.class)).isZero();
    }

    @Test
    void theCityMapAndATasksPageShowTheSitesAndAClickLeadsToTheSite() {
        MapComponent cityMap = open("leader", "map");
        assertThat(cityMap.getLayers()).containsKey("sites");
        ComponentUtil.fireEvent(cityMap, new MapComponent.FeatureClickEvent(cityMap, true, "sites", "TM-01", 119.446, 29.178));
        assertThat(_get(H3.class, spec -> spec.withText("TM-01 · 兰溪纺织品综合市场"))).isNotNull();

        signIn("leader");
        UI.getCurrent().navigate("plan/tasks/3");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("task-feature"))).hasSize(8);
        MapComponent taskMap = _get(MapComponent.class);
        assertThat(taskMap.getLayers()).containsKey("task-sites");
        ComponentUtil.fireEvent(taskMap, new MapComponent.FeatureClickEvent(taskMap, true, "task-sites", "IS-NINGBO", 121.544, 29.868));
        assertThat(_get(H3.class, spec -> spec.withText("IS-NINGBO · 驻宁波招商点"))).isNotNull();
    }

    @Test
    void anAdministratorRestoresADeletedSite() {
        jdbc.update("update site set deleted_at = now(), deleted_by = 'edz' where code = 'KP-04'");
        try {
            signIn("admin");
            UI.getCurrent().navigate("admin");
            var tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("admin-tabs"));
            tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withLabel("已删除站点")));
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.grid.Grid<DeletedSite> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                    spec -> spec.withId("deleted-sites"));
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).code()).isEqualTo("KP-04");
            _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "restore"));
            assertThat(jdbc.queryForObject("select deleted_at is null from site where code = 'KP-04'", Boolean.class)).isTrue();
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isZero();
        } finally {
            jdbc.update("update site set deleted_at = null, deleted_by = null where code = 'KP-04'");
        }
    }
}
