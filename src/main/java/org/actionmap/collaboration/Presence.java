package org.actionmap.collaboration;

import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Who is looking at what: each open page showing a subject (a task, a target, a feature) keeps a heartbeat row;
 * a page that stops beating (a closed browser) drops out after {@link #TIMEOUT}. Every node reads the same rows.
 */
@Service
public class Presence {

    /** Three missed heartbeats. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);

    /** Someone looking at a subject: their name and unit. */
    public record Viewer(String username, String displayName, Long unitId) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final LiveChanges live;

    Presence(JdbcTemplate jdbc, CurrentUser currentUser, LiveChanges live) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.live = live;
    }

    /** The signed-in user opens a page showing the subject; returns the page's heartbeat token. */
    @Transactional
    public String enter(String kind, String key) {
        SignedInUser me = currentUser.require();
        String token = UUID.randomUUID().toString();
        jdbc.update("""
                insert into presence (token, username, display_name, unit_id, subject_kind, subject_key)
                values (?::uuid, ?, ?, ?, ?, ?)
                """, token, me.username(), me.displayName(), me.unitId(), kind, key);
        // old rows of pages that stopped beating go with the next arrival, so the table stays small
        jdbc.update("delete from presence where seen_at < now() - ?::interval", TIMEOUT.multipliedBy(10).toSeconds() + " seconds");
        live.signal(ChangeEvent.PRESENCE, 0, kind + ":" + key, ChangeAction.PRESENCE, me.username());
        return token;
    }

    /** The page is still open. */
    @Transactional
    public void heartbeat(String token) {
        jdbc.update("update presence set seen_at = now() where token = ?::uuid", token);
    }

    /** The page closed or shows something else. */
    @Transactional
    public void leave(String token) {
        jdbc.query("delete from presence where token = ?::uuid returning subject_kind, subject_key, username",
                rs -> {
                    live.signal(ChangeEvent.PRESENCE, 0, rs.getString(1) + ":" + rs.getString(2), ChangeAction.PRESENCE,
                            rs.getString(3));
                }, token);
    }

    /** Everyone whose page shows the subject now, each once, but the given user (the one asking). */
    @Transactional(readOnly = true)
    public List<Viewer> others(String kind, String key, String me) {
        return jdbc.query("""
                select distinct on (username) username, display_name, unit_id from presence
                 where subject_kind = ? and subject_key = ? and seen_at >= now() - ?::interval and username <> ?
                 order by username
                """, (rs, n) -> new Viewer(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class)),
                kind, key, TIMEOUT.toSeconds() + " seconds", me);
    }
}
