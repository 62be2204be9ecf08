package org.actionmap.collaboration;

import org.actionmap.ActionMapTest;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Edit locks as leases on PostGIS: one editor at a time, the lease renewed and released, a takeover asked for and
 * handed over, an expired lease free for anyone; and who is looking at what. Not transactional: leases are judged
 * by the database clock, which stands still inside one transaction.
 */
@ActionMapTest
class EditLocksTest {

    static final long PARCEL = 987_654_321L;

    @Autowired
    EditLocks locks;
    @Autowired
    Presence presence;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        jdbc.update("delete from edit_lock where object_id = ?", PARCEL);
        jdbc.update("delete from presence where subject_key = 'LOCK-TEST'");
    }

    String take(String user) {
        return runAs.user(user, () -> locks.acquire("parcel", PARCEL, "LOCK-TEST"));
    }

    @Test
    void oneEditorAtATimeAndTheLockIsFreeOnceReleased() {
        String token = take("land");
        assertThatThrownBy(() -> take("edz")).isInstanceOfSatisfying(LockHeldException.class, e -> {
            assertThat(e.lock().holder()).isEqualTo("land");
            assertThat(e.lock().holderName()).isNotBlank();
            assertThat(e.lock().expiresAt()).isAfter(e.lock().since());
        });
        // the same user in a second tab takes it over from their own first tab
        String second = take("land");
        assertThat(locks.renew(token)).isFalse();
        assertThat(locks.renew(second)).isTrue();

        locks.release(second);
        assertThat(locks.current("parcel", PARCEL)).isEmpty();
        take("edz");
        assertThat(locks.current("parcel", PARCEL).orElseThrow().holder()).isEqualTo("edz");
    }

    @Test
    void aTakeoverPassesWhenTheHolderAgreesAndOnlyToTheOneWhoAsked() {
        String token = take("land");
        EditLock asked = runAs.user("edz", () -> locks.requestTakeover("parcel", PARCEL));
        assertThat(asked.takeoverBy()).isEqualTo("edz");
        assertThatThrownBy(() -> take("edz")).isInstanceOf(LockHeldException.class);

        assertThat(locks.handOver(token)).isTrue();
        assertThat(locks.renew(token)).isFalse();
        assertThatThrownBy(() -> take("construction")).isInstanceOf(LockHeldException.class);
        take("edz");
        assertThat(locks.current("parcel", PARCEL).orElseThrow().holder()).isEqualTo("edz");
    }

    @Test
    void anExpiredLeaseIsFreeAndATakeoverStopsTheLeaseBeingExtended() {
        String token = take("land");
        runAs.user("edz", () -> locks.requestTakeover("parcel", PARCEL));
        // asked a lease ago: renewing cannot push the end beyond one lease after the request
        jdbc.update("update edit_lock set takeover_at = now() - ?::interval + interval '1 second' where object_id = ?",
                locks.lease().toSeconds() + " seconds", PARCEL);
        assertThat(locks.renew(token)).isTrue();
        Timestamp end = jdbc.queryForObject("select expires_at from edit_lock where object_id = ?", Timestamp.class, PARCEL);
        Timestamp limit = jdbc.queryForObject("select takeover_at + ?::interval from edit_lock where object_id = ?",
                Timestamp.class, locks.lease().toSeconds() + " seconds", PARCEL);
        assertThat(end).isBeforeOrEqualTo(limit);

        jdbc.update("update edit_lock set expires_at = now() - interval '1 second' where object_id = ?", PARCEL);
        assertThat(locks.current("parcel", PARCEL)).isEmpty();
        assertThat(locks.renew(token)).isFalse();
        take("construction");
        assertThat(locks.current("parcel", PARCEL).orElseThrow().holder()).isEqualTo("construction");
    }

    @Test
    void presenceShowsWhoElseLooksUntilTheyLeaveOrStopBeating() {
        String landPage = runAs.user("land", () -> presence.enter("parcel", "LOCK-TEST"));
        runAs.user("edz", () -> presence.enter("parcel", "LOCK-TEST"));

        assertThat(presence.others("parcel", "LOCK-TEST", "edz")).extracting(Presence.Viewer::username).containsExactly("land");
        assertThat(presence.others("parcel", "LOCK-TEST", "land")).extracting(Presence.Viewer::username).containsExactly("edz");

        jdbc.update("update presence set seen_at = now() - ?::interval where token = ?::uuid",
                Presence.TIMEOUT.plusSeconds(1).toSeconds() + " seconds", landPage);
        assertThat(presence.others("parcel", "LOCK-TEST", "edz")).isEmpty();
        presence.heartbeat(landPage);
        assertThat(presence.others("parcel", "LOCK-TEST", "edz")).hasSize(1);
        presence.leave(landPage);
        assertThat(presence.others("parcel", "LOCK-TEST", "edz")).isEmpty();
    }
}
