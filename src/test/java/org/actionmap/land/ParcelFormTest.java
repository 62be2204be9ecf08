package org.actionmap.land;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.actionmap.KaribuTestBase;
import org.actionmap.map.MapComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The parcel form beside the map, driven by the map's geometry events as the browser would send them. */
class ParcelFormTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestParcels() {
        jdbc.update("delete from parcel where code like 'K-%'");
    }

    private MapComponent openMap(String user) {
        signIn(user);
        UI.getCurrent().navigate("map");
        return _get(MapComponent.class);
    }

    private void draw(MapComponent map, String geometry, double area) {
        ComponentUtil.fireEvent(map, new MapComponent.GeometryChangeEvent(map, true, geometry, area, 0));
    }

    @SuppressWarnings("unchecked")
    private void acquiredOn(LocalDate date) {
        _setValue(_get(Select.class, spec -> spec.withId("parcel-status")), ParcelStatus.ACQUIRED);
        _setValue(_get(DatePicker.class, spec -> spec.withId("step-ACQUIRED")), date);
    }

    /** The square with two corners swapped: its edges cross in the middle. */
    private String bowTie(String square) {
        return jdbc.queryForObject("""
                select st_asgeojson(st_makepolygon(st_makeline(array[st_pointn(r, 1), st_pointn(r, 3), st_pointn(r, 2),
                       st_pointn(r, 4), st_pointn(r, 1)])), 7)
                  from (select st_exteriorring(st_setsrid(st_geomfromgeojson(?), 4326)) as r) as x
                """, String.class, square);
    }

    private Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void zoneStaffDrawAParcelSeeItsAreaSaveItAndSeeItsForm() {
        MapComponent map = openMap("edz");
        _click(button("parcel-new-button"));
        assertThat(_get(Span.class, spec -> spec.withId("parcel-form-area")).getText()).contains("尚无图形");
        draw(map, FreeLand.square(jdbc, "EDZ-JN", 0.0005), 12000);
        assertThat(_get(Span.class, spec -> spec.withId("parcel-form-area")).getText()).contains("18 亩").contains("1.2 公顷");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("geometry-problem"))).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-code")), "K-NEW-1");
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-name")), "江南新地块");
        acquiredOn(LocalDate.of(2011, 7, 1));
        _click(button("parcel-save"));
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("parcel-form"))).isEmpty();
        assertThat(_get(H3.class).getText()).startsWith("K-NEW-1");
        Map<String, Object> row = jdbc.queryForMap("select p.area_m2, z.code from parcel p join zone z on z.id = p.zone_id where p.code = 'K-NEW-1'");
        assertThat(row.get("code")).isEqualTo("EDZ-JN");
    }

    @Test
    void aSelfIntersectingShapeShowsItsProblemAndTheRepairMakesItSavable() {
        MapComponent map = openMap("edz");
        _click(button("parcel-new-button"));
        String square = FreeLand.square(jdbc, "EDZ-LJ", 0.0005);
        // swap two corners of the free square: a bow tie
        String bowTie = bowTie(square);
        draw(map, bowTie, 0);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("geometry-problem")).getText()).contains("自相交");
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-code")), "K-BOW");
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-name")), "自相交地块");
        acquiredOn(LocalDate.of(2011, 7, 1));
        _click(button("parcel-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("parcel-form-error")).getText()).contains("自相交");
        assertThat(jdbc.queryForObject("select count(*) from parcel where code = 'K-BOW'", Integer.class)).isZero();

        _click(button("parcel-repair"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("geometry-problem"))).isEmpty();
        _click(button("parcel-save"));
        assertThat(jdbc.queryForObject("select count(*) from parcel where code = 'K-BOW'", Integer.class)).isOne();
    }

    @Test
    void aTownshipDrawingInTheZoneIsToldAtOnceThatItMayNotEditThere() {
        MapComponent map = openMap("xiangxi");
        _click(button("parcel-new-button"));
        draw(map, FreeLand.square(jdbc, "EDZ-LJ", 0.0005), 12000);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("geometry-problem")).getText()).contains("开发区");
    }

    @Test
    void repairingAnOutlineShowsTheRepairedArea() {
        MapComponent map = openMap("edz");
        _click(button("parcel-new-button"));
        String square = FreeLand.square(jdbc, "EDZ-LJ", 0.0005);
        String bowTie = bowTie(square);
        draw(map, bowTie, 0);
        _click(button("parcel-repair"));
        // two triangles, half the square: not 0 and not the square
        double squareMu = jdbc.queryForObject("select st_area(st_setsrid(st_geomfromgeojson(?), 4326)::geography) / (10000.0 / 15)",
                Double.class, square);
        String text = _get(Span.class, spec -> spec.withId("parcel-form-area")).getText();
        assertThat(text).doesNotContain(": 0 亩").contains(String.valueOf(Math.round(squareMu / 2 * 10) / 10.0).replace(".0", ""));
    }

    @Test
    void readersGetNoEditingActions() {
        openMap("leader");
        assertThat(_find(Button.class, spec -> spec.withId("parcel-new-button"))).isEmpty();
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("parcel", "XX-01")));
        assertThat(_find(Button.class, spec -> spec.withId("parcel-edit-button"))).isEmpty();
        openMap("xiangxi");
        UI.getCurrent().navigate("map", QueryParameters.simple(Map.of("parcel", "DS-N02")));
        assertThat(_find(Button.class, spec -> spec.withId("parcel-edit-button"))).isEmpty();
    }

    @Test
    void aTownshipMovesItsParcelOnTheWorkflowAndDeletesItWithConfirmation() {
        MapComponent map = openMap("xiangxi");
        _click(button("parcel-new-button"));
        draw(map, FreeLand.square(jdbc, "TP-XIANGXI", 0.0004), 8000);
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-code")), "K-XX");
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-name")), "香溪新地块");
        acquiredOn(LocalDate.of(2011, 3, 1));
        _click(button("parcel-save"));
        _click(button("parcel-edit-button"));
        @SuppressWarnings("unchecked")
        Select<ParcelStatus> status = _get(Select.class, spec -> spec.withId("parcel-status"));
        _setValue(status, ParcelStatus.LEVELLED);
        _click(button("parcel-save"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("parcel-form-error")).getText()).contains("平整");
        _setValue(_get(DatePicker.class, spec -> spec.withId("step-LEVELLED")), LocalDate.of(2011, 8, 15));
        _click(button("parcel-save"));
        assertThat(jdbc.queryForObject("select status from parcel where code = 'K-XX'", String.class)).isEqualTo("LEVELLED");
        // the parcel's form lists the targets it counts toward
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("parcel-target")))
                .extracting(a -> a.getText()).anySatisfy(t -> assertThat(t).contains("平整"));

        _click(button("parcel-edit-button"));
        _click(button("parcel-delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(jdbc.queryForObject("select deleted_by from parcel where code = 'K-XX'", String.class)).isEqualTo("xiangxi");
    }
}
