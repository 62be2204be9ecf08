package org.actionmap.collaboration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.KaribuTestBase;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two UIs of two users at once: the leader's map in this thread, the land bureau's in another (each its own Vaadin
 * session, as Karibu keeps them per thread). The land bureau renames a parcel in its form; the leader's open map
 * shows the new name without a reload.
 */
class TwoUisTest extends KaribuTestBase {

    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeNotificationListener listener;

    private String code;
    private String original;

    @AfterEach
    void nameItBack() {
        if (code != null) {
            Renames.rename(runAs, parcels, edit, code, original);
        }
    }

    @Test
    void aChangeInTheLandBureausUiAppearsInTheLeadersUi() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        code = Renames.anEdzParcel(jdbc);
        original = parcels.findByCode(code).orElseThrow().name();
        signIn("leader");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
        UI leadersUi = UI.getCurrent();

        ExecutorService landsThread = Executors.newSingleThreadExecutor();
        try {
            landsThread.submit(() -> {
                signIn("land");
                UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
                _click(_get(Button.class, spec -> spec.withId("parcel-edit-button")));
                _setValue(_get(TextField.class, spec -> spec.withId("parcel-name")), "另一个界面改的名字");
                _click(_get(Button.class, spec -> spec.withId("parcel-save")));
                assertThat(_get(Component.class, spec -> spec.withId("parcel-panel")).getElement().getTextRecursively())
                        .contains("另一个界面改的名字");
                signOut();
                MockVaadin.tearDown();
                return null;
            }).get();
        } finally {
            landsThread.shutdown();
        }

        assertThat(UI.getCurrent()).isSameAs(leadersUi);
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.runUIQueue();
            return _get(Component.class, spec -> spec.withId("parcel-panel")).getElement().getTextRecursively()
                    .contains("另一个界面改的名字");
        });
    }
}
