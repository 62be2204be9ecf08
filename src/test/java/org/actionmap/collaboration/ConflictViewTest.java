package org.actionmap.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.KaribuTestBase;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save that comes after a colleague's: never an overwrite; the land bureau sees both versions side by side and
 * applies its change on top of the newer one, or drops it.
 */
class ConflictViewTest extends KaribuTestBase {

    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    JdbcTemplate jdbc;

    private String code;
    private String original;

    @BeforeEach
    void aColleagueSavesWhileTheFormIsOpen() {
        code = Renames.anEdzParcel(jdbc);
        original = parcels.findByCode(code).orElseThrow().name();
        signIn("land");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
        _click(_get(Button.class, spec -> spec.withId("parcel-edit-button")));
        // the EDZ office saves meanwhile (its own form opened before this one took the lock)
        Renames.renameAs("edz", runAs, parcels, edit, code, "开发区的名字");
        _setValue(_get(TextField.class, spec -> spec.withId("parcel-name")), "国土局的名字");
        _click(_get(Button.class, spec -> spec.withId("parcel-save")));
    }

    @AfterEach
    void nameItBack() {
        jdbc.update("delete from edit_lock where code = ?", code);
        Renames.rename(runAs, parcels, edit, code, original);
    }

    @SuppressWarnings("unchecked")
    private List<ConflictDialog.Row> rows() {
        return _findAll(_get(Grid.class, spec -> spec.withId("conflict-rows")));
    }

    @Test
    void bothVersionsAreShownAndMineGoesOnTopOfTheirs() {
        assertThat(parcels.findByCode(code).orElseThrow().name()).isEqualTo("开发区的名字");
        assertThat(rows()).contains(new ConflictDialog.Row("名称", "国土局的名字", "开发区的名字"));
        assertThat(rows()).allMatch(ConflictDialog.Row::differs);
        assertThat(_get(Component.class, spec -> spec.withId("conflict-dialog")).getElement().getTextRecursively())
                .contains("edz");

        _click(_get(Button.class, spec -> spec.withId("conflict-apply-mine")));
        assertThat(parcels.findByCode(code).orElseThrow().name()).isEqualTo("国土局的名字");
        assertThat(_get(Component.class, spec -> spec.withId("parcel-panel")).getElement().getTextRecursively())
                .contains("国土局的名字");
    }

    @Test
    void droppingMineKeepsTheirs() {
        _click(_get(Button.class, spec -> spec.withId("conflict-drop-mine")));
        assertThat(parcels.findByCode(code).orElseThrow().name()).isEqualTo("开发区的名字");
        assertThat(_find(Component.class, spec -> spec.withId("parcel-form"))).isEmpty();
        assertThat(_get(Component.class, spec -> spec.withId("parcel-panel")).getElement().getTextRecursively())
                .contains("开发区的名字");
    }
}
