package org.actionmap.collaboration;

import org.actionmap.ActionMapTest;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Committed changes travel through PostgreSQL NOTIFY and reach subscribers from the LISTEN connection; rolled-back
 * ones reach nobody. Not transactional: a change must really commit to be sent.
 */
@ActionMapTest
class LiveChangesTest {

    @Autowired
    LiveChanges live;
    @Autowired
    ChangeNotificationListener listener;
    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private final List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe;
    private String code;
    private String originalName;

    @AfterEach
    void nameItBack() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (code != null) {
            Renames.rename(runAs, parcels, edit, code, originalName);
        }
    }

    @Test
    void aCommittedChangeReachesSubscribersThroughThePostgresChannel() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        code = Renames.anEdzParcel(jdbc);
        originalName = parcels.findByCode(code).orElseThrow().name();
        unsubscribe = live.subscribe(heard::add);

        Renames.rename(runAs, parcels, edit, code, "实时测试");

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(e -> e.code().equals(code)));
        ChangeEvent event = heard.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
        assertThat(event.kind()).isEqualTo("parcel");
        assertThat(event.action()).isEqualTo(ChangeAction.UPDATED);
        assertThat(event.actor()).isEqualTo("land");
        assertThat(jdbc.queryForObject("select code from change_log where id = ?", String.class, event.logId())).isEqualTo(code);
    }

    @Test
    void aRefusedChangeIsNeverSent() throws InterruptedException {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        String parcel = Renames.anEdzParcel(jdbc);
        // changes committed before this test (an earlier test's clean-up) may still be on their way: not counted
        long since = jdbc.queryForObject("select coalesce(max(id), 0) from change_log", Long.class);
        unsubscribe = live.subscribe(e -> {
            if (e.logId() > since) {
                heard.add(e);
            }
        });
        try {
            runAs.user("land", () -> {
                var p = parcels.findByCode(parcel).orElseThrow();
                // a stale version: refused after the checks, in the transaction, so nothing commits
                return edit.save(new org.actionmap.land.ParcelDraft(p.id(), p.version() - 1, p.code(), "过期", p.landUse(),
                        p.purpose(), p.status(), p.steps(), p.taskIds(), p.notes(), parcels.geometry(p.id()).orElseThrow()));
            });
        } catch (RuntimeException expected) {
            // refused, as it must be
        }
        // a marker change after it: once the marker is heard, the refused one would have been heard before it
        code = Renames.anEdzParcel(jdbc);
        originalName = parcels.findByCode(code).orElseThrow().name();
        Renames.rename(runAs, parcels, edit, code, "标记");
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(e -> e.code().equals(code)));
        assertThat(heard).hasSize(1);
    }
}
