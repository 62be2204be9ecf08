package org.actionmap.collaboration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.actionmap.KaribuTestBase;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An open view follows a colleague's committed change without a reload: the leader's UI is open while the land
 * bureau's staff change a parcel (through the same service their UI calls, as another user in another session);
 * the change reaches the leader's UI through PostgreSQL NOTIFY and Vaadin's access queue.
 */
class LiveViewsTest extends KaribuTestBase {

    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeNotificationListener listener;

    private String code;
    private String originalName;

    @BeforeEach
    void pickAParcel() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        code = Renames.anEdzParcel(jdbc);
        originalName = parcels.findByCode(code).orElseThrow().name();
    }

    @AfterEach
    void nameItBack() {
        Renames.rename(runAs, parcels, edit, code, originalName);
    }

    /** Runs what other threads queued for this UI until the condition holds, as push would deliver it. */
    private void untilShown(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.runUIQueue();
            return condition.get();
        });
    }

    @Test
    void theLeadersMapShowsTheParcelAsTheLandBureauRenamedIt() {
        signIn("leader");
        UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("parcel-panel")).getElement().getTextRecursively()).contains(originalName);

        Renames.rename(runAs, parcels, edit, code, "同事改的名字");

        untilShown(() -> _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("parcel-panel")).getElement().getTextRecursively()
                .contains("同事改的名字"));
    }

    @Test
    void theActivityFeedShowsTheChangeInASentence() {
        signIn("leader");
        UI.getCurrent().navigate("activity");

        Renames.rename(runAs, parcels, edit, code, "动态里的名字");

        untilShown(() -> _find(Div.class, spec -> spec.withClasses("activity-entry")).stream()
                .map(d -> d.getElement().getTextRecursively()).anyMatch(t -> t.contains(code) && t.contains("动态里的名字")));
        String sentence = _find(Div.class, spec -> spec.withClasses("activity-entry")).get(0).getElement().getTextRecursively();
        assertThat(sentence).contains("国土资源局").contains("修改了").contains("地块 " + code).contains("刚刚");
    }

    @Test
    void theLeadersParcelListFollowsTheChangeUnderItsFilters() {
        signIn("leader");
        UI.getCurrent().navigate("map");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("parcel-list-button")));

        Renames.rename(runAs, parcels, edit, code, "列表里的新名字");

        untilShown(() -> {
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.grid.Grid<org.actionmap.land.ParcelDetails> grid =
                    _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("parcel-grid"));
            return com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream()
                    .anyMatch(p -> p.code().equals(code) && p.name().equals("列表里的新名字"));
        });
    }
}
