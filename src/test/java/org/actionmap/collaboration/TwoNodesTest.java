package org.actionmap.collaboration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.actionmap.ActionMapApplication;
import org.actionmap.KaribuTestBase;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on two ports against one database behave as one: a parcel changed through the second instance
 * shows in a UI of the first (this test's), carried by PostgreSQL LISTEN/NOTIFY alone, since the instances share no
 * memory.
 */
class TwoNodesTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParcelService parcels;
    @Autowired
    ChangeNotificationListener listener;

    @Test
    void aChangeMadeThroughTheOtherInstanceReachesAUiOfThisOne() {
        String code = Renames.anEdzParcel(jdbc);
        String original = parcels.findByCode(code).orElseThrow().name();
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(ActionMapApplication.class)
                .profiles("demo").properties("vaadin.devmode.devTools.enabled=false", "actionmap.reports.automatic=false")
                // an argument, not a default property: application.properties' server.port would win over a default
                .run("--server.port=0")) {
            int otherPort = ((ServletWebServerApplicationContext) other).getWebServer().getPort();
            assertThat(otherPort).isPositive();
            await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
            signIn("leader");
            UI.getCurrent().navigate("map", com.vaadin.flow.router.QueryParameters.of("parcel", code));

            RunAs otherRunAs = other.getBean(RunAs.class);
            Renames.rename(otherRunAs, other.getBean(ParcelService.class), other.getBean(ParcelEditService.class), code,
                    "另一节点改的名字");

            await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
                MockVaadin.runUIQueue();
                return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("parcel-panel"))
                        .getElement().getTextRecursively().contains("另一节点改的名字");
            });
            Renames.rename(otherRunAs, other.getBean(ParcelService.class), other.getBean(ParcelEditService.class), code, original);
        }
    }
}
