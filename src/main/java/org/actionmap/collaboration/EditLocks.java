package org.actionmap.collaboration;

import org.actionmap.common.UserMessageException;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Edit locks as leases in the database: opening an object for editing takes its lock, the editor's form renews it
 * while open and releases it on save, cancel or close; a lease that is not renewed runs out by itself (a closed
 * browser). Others read meanwhile and may ask to take over: the holder is told, and the lock passes when the holder
 * agrees, or when the lease runs out (it is no longer extended once a takeover is asked for).
 */
@Service
public class EditLocks {

    private static final RowMapper<EditLock> LOCK = (rs, n) -> new EditLock(rs.getString("kind"), rs.getLong("object_id"),
            rs.getString("code"), rs.getString("holder"), rs.getString("holder_name"),
            rs.getObject("holder_unit_id", Long.class), rs.getTimestamp("acquired_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(), rs.getString("takeover_by"), rs.getString("takeover_by_name"));

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final LiveChanges live;
    private final Duration lease;

    EditLocks(JdbcTemplate jdbc, CurrentUser currentUser, LiveChanges live,
              @Value("${actionmap.collaboration.lock-lease:PT2M}") Duration lease) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.live = live;
        this.lease = lease;
    }

    /** How long a lease lasts without renewal; the editor's form renews it well within that. */
    public Duration lease() {
        return lease;
    }

    /**
     * Takes the lock of an object for the signed-in user and returns its token; the user's own earlier lease of it is
     * taken over (a second tab). Refused with {@link LockHeldException} while someone else's lease runs, unless they
     * handed it to this user.
     */
    @Transactional
    public String acquire(String kind, long objectId, String code) {
        SignedInUser me = currentUser.require();
        String token = UUID.randomUUID().toString();
        int taken = jdbc.update("""
                insert into edit_lock (kind, object_id, code, token, holder, holder_name, holder_unit_id, expires_at)
                values (?, ?, ?, ?::uuid, ?, ?, ?, now() + ?::interval)
                on conflict (kind, object_id) do update
                   set code = excluded.code, token = excluded.token, holder = excluded.holder,
                       holder_name = excluded.holder_name, holder_unit_id = excluded.holder_unit_id,
                       acquired_at = now(), expires_at = excluded.expires_at,
                       takeover_by = null, takeover_by_name = null, takeover_at = null, granted_to = null
                 where edit_lock.expires_at < now() or edit_lock.granted_to = excluded.holder
                    or (edit_lock.granted_to is null and edit_lock.holder = excluded.holder)
                """, kind, objectId, code, token, me.username(), me.displayName(), me.unitId(), interval(lease));
        if (taken == 0) {
            throw new LockHeldException(current(kind, objectId).orElseThrow());
        }
        live.signal(ChangeEvent.EDIT_LOCK, objectId, kind + ":" + code, ChangeAction.LOCKED, me.username());
        return token;
    }

    /** The running lock of an object, if any. */
    @Transactional(readOnly = true)
    public Optional<EditLock> current(String kind, long objectId) {
        return jdbc.query("select * from edit_lock where kind = ? and object_id = ? and expires_at >= now()", LOCK,
                kind, objectId).stream().findFirst();
    }

    /** The running locks of a kind, to mark what is being edited on a map. */
    @Transactional(readOnly = true)
    public List<EditLock> running(String kind) {
        return jdbc.query("select * from edit_lock where kind = ? and expires_at >= now() order by code", LOCK, kind);
    }

    /**
     * Extends the lease of the token's lock; false when it is no longer held (it ran out and someone else took it,
     * or it was handed over). Once a takeover is asked for, the lease is not extended past one more lease.
     */
    @Transactional
    public boolean renew(String token) {
        return jdbc.update("""
                update edit_lock set expires_at = case when takeover_at is null then now() + ?::interval
                                                       else least(now() + ?::interval, takeover_at + ?::interval) end
                 where token = ?::uuid and expires_at >= now() and granted_to is null
                """, interval(lease), interval(lease), interval(lease), token) == 1;
    }

    /** Gives the lock up (save, cancel, the form closed). */
    @Transactional
    public void release(String token) {
        jdbc.query("delete from edit_lock where token = ?::uuid returning kind, object_id, code, holder", rs -> {
            live.signal(ChangeEvent.EDIT_LOCK, rs.getLong("object_id"), rs.getString("kind") + ":" + rs.getString("code"),
                    ChangeAction.UNLOCKED, rs.getString("holder"));
        }, token);
    }

    /** The signed-in user asks the holder to hand the lock over; the holder is told at once. */
    @Transactional
    public EditLock requestTakeover(String kind, long objectId) {
        SignedInUser me = currentUser.require();
        int asked = jdbc.update("""
                update edit_lock set takeover_by = ?, takeover_by_name = ?, takeover_at = now()
                 where kind = ? and object_id = ? and expires_at >= now() and holder <> ?
                """, me.username(), me.displayName(), kind, objectId, me.username());
        EditLock lock = current(kind, objectId).orElseThrow(() -> new UserMessageException("lock.gone"));
        if (asked == 1) {
            live.signal(ChangeEvent.EDIT_LOCK, objectId, kind + ":" + lock.code(), ChangeAction.TAKEOVER_REQUESTED, me.username());
        }
        return lock;
    }

    /**
     * The holder agrees to hand over: the lock is reserved for the one who asked until it would have run out, and
     * they are told. Returns false when the token no longer holds the lock or nobody asked.
     */
    @Transactional
    public boolean handOver(String token) {
        List<EditLock> locks = jdbc.query("""
                update edit_lock set granted_to = takeover_by, expires_at = greatest(expires_at, now() + ?::interval)
                 where token = ?::uuid and takeover_by is not null and expires_at >= now()
                returning *
                """, LOCK, interval(lease), token);
        locks.forEach(l -> live.signal(ChangeEvent.EDIT_LOCK, l.objectId(), l.kind() + ":" + l.code(),
                ChangeAction.TAKEOVER_GRANTED, l.takeoverBy()));
        return !locks.isEmpty();
    }

    private static String interval(Duration d) {
        return d.toMillis() + " milliseconds";
    }
}
