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
}
