package org.actionmap.collaboration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.actionmap.KaribuTestBase;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Editing a parcel a colleague is editing: the map page says who edits since when and keeps the parcel readable;
 * "ask to take over" reaches the holder, and once they hand it over the form opens by itself.
 */
class EditLockViewTest extends KaribuTestBase {

    @Autowired
    EditLocks locks;
    @Autowired
    ParcelService parcels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeNotificationListener listener;

    private ParcelDetails parcel;

    @AfterEach
    void clear() {
        if (parcel != null) {
            jdbc.update("delete from edit_lock where kind = 'parcel' and object_id = ?", parcel.id());
        }
    }

    @Test
    void theEdzSeesWhoEditsAsksToTakeOverAndGetsTheFormOnceHandedOver() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        parcel = parcels.findByCode(Renames.anEdzParcel(jdbc)).orElseThrow();
        String landToken = runAs.user("land", () -> locks.acquire("parcel", parcel.id(), parcel.code()));
        signIn("edz");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", parcel.code()));
        _click(_get(Button.class, spec -> spec.withId("parcel-edit-button")));

        Component notice = _get(Component.class, spec -> spec.withId("lock-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("国土资源局").contains("正在编辑");
        assertThat(_find(Component.class, spec -> spec.withId("parcel-form"))).isEmpty();
        assertThat(_get(Component.class, spec -> spec.withId("parcel-panel"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("lock-takeover-ask")));
        assertThat(locks.current("parcel", parcel.id()).orElseThrow().takeoverBy()).isEqualTo("edz");
        assertThat(locks.handOver(landToken)).isTrue();

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.runUIQueue();
            return !_find(Component.class, spec -> spec.withId("parcel-form")).isEmpty();
        });
        assertThat(locks.current("parcel", parcel.id()).orElseThrow().holder()).isEqualTo("edz");
    }

    @Test
    void theEditorsLockIsTakenWithTheFormAndGivenUpWhenItCloses() {
        parcel = parcels.findByCode(Renames.anEdzParcel(jdbc)).orElseThrow();
        signIn("land");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", parcel.code()));
        _click(_get(Button.class, spec -> spec.withId("parcel-edit-button")));
        assertThat(locks.current("parcel", parcel.id()).orElseThrow().holder()).isEqualTo("land");

        _click(_get(Button.class, spec -> spec.withId("parcel-cancel")));
        assertThat(locks.current("parcel", parcel.id())).isEmpty();
    }
}
