package org.actionmap.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.actionmap.KaribuTestBase;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A parcel's history beside the map: versions with their differences, going back to one, readers without it. */
class HistoryDialogTest extends KaribuTestBase {

    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    JdbcTemplate jdbc;

    private String code;
    private String original;

    @AfterEach
    void nameItBack() {
        if (code != null) {
            Renames.rename(runAs, parcels, edit, code, original);
        }
    }

    @Test
    void theLandBureauSeesWhatChangedAndGoesBackToAnEarlierName() {
        code = Renames.anEdzParcel(jdbc);
        original = parcels.findByCode(code).orElseThrow().name();
        Renames.rename(runAs, parcels, edit, code, "历史第一版");
        Renames.rename(runAs, parcels, edit, code, "历史第二版");
        signIn("land");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
        _click(_get(Button.class, spec -> spec.withId("parcel-history-button")));

        List<Div> versions = _find(Div.class, spec -> spec.withClasses("history-version"));
        assertThat(versions.get(0).getElement().getTextRecursively()).contains("历史第一版 → 历史第二版");
        _click(_get(versions.get(1), Button.class, spec -> spec.withClasses("history-revert")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(parcels.findByCode(code).orElseThrow().name()).isEqualTo("历史第一版");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("parcel-panel"))
                .getElement().getTextRecursively()).contains("历史第一版");
    }

    @Test
    void readersSeeTheHistoryWithoutGoingBack() {
        code = Renames.anEdzParcel(jdbc);
        original = parcels.findByCode(code).orElseThrow().name();
        Renames.rename(runAs, parcels, edit, code, "读者看的名字");
        signIn("leader");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
        _click(_get(Button.class, spec -> spec.withId("parcel-history-button")));

        assertThat(_find(Div.class, spec -> spec.withClasses("history-version"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("history-revert"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("history-difference")).stream().map(Span::getText))
                .anyMatch(t -> t.contains("读者看的名字"));
    }

    @Test
    void theHistoryNamesZonesTownshipsAndCodesAsTheFormsDoAndRoundsTheArea() {
        code = Renames.anEdzParcel(jdbc);
        original = parcels.findByCode(code).orElseThrow().name();
        Renames.rename(runAs, parcels, edit, code, "可读的历史");
        var names = jdbc.queryForMap("""
                select z.name_zh as zone, u.name_zh as township, p.land_use, p.zone_id, p.township_id
                  from parcel p join zone z on z.id = p.zone_id left join org_unit u on u.id = p.township_id where p.code = ?
                """, code);
        signIn("leader");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
        _click(_get(Button.class, spec -> spec.withId("parcel-history-button")));

        List<String> lines = _find(Span.class, spec -> spec.withClasses("history-difference")).stream().map(Span::getText).toList();
        // the oldest version lists every field against nothing before it
        assertThat(lines).anyMatch(t -> t.startsWith("园区") && t.endsWith("→ " + names.get("zone")));
        if (names.get("township") != null) {
            assertThat(lines).anyMatch(t -> t.endsWith("→ " + names.get("township")));
        }
        assertThat(lines).anyMatch(t -> t.startsWith("土地用途") && !t.endsWith("→ " + names.get("land_use")));
        assertThat(lines).noneMatch(t -> t.endsWith("→ " + names.get("zone_id")) || t.endsWith("→ " + names.get("township_id")));
        assertThat(lines).filteredOn(t -> t.startsWith("面积")).allMatch(t -> t.matches(".*→ [\\d,]+(\\.\\d{1,2})?"));
    }
}
