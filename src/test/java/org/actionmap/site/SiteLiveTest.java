package org.actionmap.site;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.actionmap.KaribuTestBase;
import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.ChangeLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A site changed by its responsible unit is logged and appears in an open site page without a reload. */
class SiteLiveTest extends KaribuTestBase {

    @Autowired
    SiteService sites;
    @Autowired
    SiteEditService edit;
    @Autowired
    ChangeLog log;
    @Autowired
    JdbcTemplate jdbc;

    private SiteDetails original;

    @AfterEach
    void nameItBack() {
        if (original != null) {
            SiteDetails now = sites.findById(original.id()).orElseThrow();
            runAs.user("trade", () -> edit.save(renamed(now, original.nameZh())));
        }
    }

    private SiteDraft renamed(SiteDetails s, String nameZh) {
        return new SiteDraft(s.id(), s.version(), s.code(), nameZh, s.nameEn(), s.kind(), s.status(), s.dates(),
                s.responsibleUnitId(), s.taskIds(), s.notes(), sites.geometry(s.id()).orElseThrow());
    }

    @Test
    void theLeadersSitePageFollowsTheTradeBureausChange() {
        original = sites.findAll().stream().filter(s -> s.kind() == SiteKind.TECH_TRANSFORMATION).findFirst().orElseThrow();
        signIn("leader");
        UI.getCurrent().navigate("sites", com.vaadin.flow.router.QueryParameters.of("site", original.code()));

        runAs.user("trade", () -> edit.save(renamed(original, "实时改名的项目")));

        assertThat(log.history("site", original.id()).get(log.history("site", original.id()).size() - 1).action())
                .isEqualTo(ChangeAction.UPDATED);
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.runUIQueue();
            return _get(Component.class, spec -> spec.withId("site-panel")).getElement().getTextRecursively()
                    .contains("实时改名的项目");
        });
    }

    @Test
    void aStaleSaveOfASiteShowsBothVersionsAndAppliesMineOnTop() {
        original = sites.findAll().stream().filter(s -> s.kind() == SiteKind.TECH_TRANSFORMATION).skip(1).findFirst().orElseThrow();
        signIn("trade");
        UI.getCurrent().navigate("sites", com.vaadin.flow.router.QueryParameters.of("site", original.code()));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("site-edit-button")));
        // a colleague of the same bureau saves meanwhile, from a form opened earlier
        runAs.user("trade", () -> edit.save(renamed(original, "同事改的项目名")));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("site-name-zh")), "我改的项目名");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("site-save")));

        assertThat(sites.findById(original.id()).orElseThrow().nameZh()).isEqualTo("同事改的项目名");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.actionmap.collaboration.ConflictDialog.Row> rows =
                com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.grid.Grid.class,
                        spec -> spec.withId("conflict-rows"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(rows))
                .anyMatch(r -> r.mine().equals("我改的项目名") && r.theirs().equals("同事改的项目名"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("conflict-apply-mine")));
        assertThat(sites.findById(original.id()).orElseThrow().nameZh()).isEqualTo("我改的项目名");
        jdbc.update("delete from edit_lock where kind = 'site' and object_id = ?", original.id());
    }
}
