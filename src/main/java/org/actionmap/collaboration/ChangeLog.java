package org.actionmap.collaboration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The change log: written by {@link Changes} in the changing transaction, read for an object's history, its state as
 * of a moment, and the activity feeds. Entries are never changed or removed.
 */
@Service
public class ChangeLog {

    private static final RowMapper<ChangeLogEntry> ENTRY = (rs, n) -> new ChangeLogEntry(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("actor_name"),
            rs.getObject("actor_unit_id", Long.class), rs.getString("kind"), rs.getLong("object_id"), rs.getString("code"),
            rs.getString("label_zh"), rs.getString("label_en"), ChangeAction.valueOf(rs.getString("action")),
            rs.getString("snapshot"));

    private final JdbcTemplate jdbc;
    private final Map<String, SnapshotSource> sources;

    ChangeLog(JdbcTemplate jdbc, List<SnapshotSource> sources) {
        this.jdbc = jdbc;
        this.sources = sources.stream().collect(Collectors.toMap(SnapshotSource::kind, Function.identity()));
    }

    /**
     * Writes one entry with the object's state now, as its module describes it, and returns the entry's id. The code
     * and the names the feeds show come from that state ({@code code}, {@code name_zh}/{@code name_en} or {@code name}).
     */
    long write(String kind, long objectId, ChangeAction action, String actor) {
        String snapshot = Optional.ofNullable(sources.get(kind)).flatMap(s -> s.snapshot(objectId))
                .orElseThrow(() -> new IllegalStateException("no state of " + kind + " " + objectId + " to log"));
        return jdbc.queryForObject("""
                insert into change_log (actor, actor_name, actor_unit_id, kind, object_id, code, label_zh, label_en,
                                        action, snapshot)
                select ?, u.display_name, u.unit_id, ?, ?, s.j ->> 'code', coalesce(s.j ->> 'name_zh', s.j ->> 'name'),
                       coalesce(s.j ->> 'name_en', s.j ->> 'name'), ?, s.j
                  from (select ?::jsonb as j) as s left join app_user u on u.username = ?
                returning id
                """, Long.class, actor, kind, objectId, action.name(), snapshot, actor);
    }

    /**
     * Writes one entry per object, all with the same action and actor, in one statement when the kind's source can
     * read many states at once ({@link SnapshotSource#snapshotsQuery}); returns the last entry's id, 0 when none.
     * The entries of one call share their moment; their order among themselves is not kept (sorting 100,000 snapshots
     * spilled to disk for seconds, and nothing reads them in that order).
     */
    long writeAll(String kind, long[] objectIds, ChangeAction action, String actor) {
        if (objectIds.length == 0) {
            return 0;
        }
        SnapshotSource source = Optional.ofNullable(sources.get(kind))
                .orElseThrow(() -> new IllegalStateException("no snapshot source for " + kind));
        Optional<String> query = source.snapshotsQuery();
        if (query.isEmpty()) {
            long last = 0;
            for (long id : objectIds) {
                last = write(kind, id, action, actor);
            }
            return last;
        }
        Long[] ids = java.util.Arrays.stream(objectIds).boxed().toArray(Long[]::new);
        Long last = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) con -> {
            try (var statement = con.prepareStatement("""
                    with wanted as (select id from unnest(?::bigint[]) as w(id)),
                         state as materialized (%s),
                         written as (
                           insert into change_log (actor, actor_name, actor_unit_id, kind, object_id, code, label_zh,
                                                   label_en, action, snapshot)
                           select ?, u.display_name, u.unit_id, ?, s.id, s.j ->> 'code',
                                  coalesce(s.j ->> 'name_zh', s.j ->> 'name'), coalesce(s.j ->> 'name_en', s.j ->> 'name'), ?, s.j
                             from state s left join app_user u on u.username = ?
                           returning id)
                    select max(id), count(*) from written
                    """.formatted(query.get()))) {
                statement.setArray(1, con.createArrayOf("bigint", ids));
                statement.setString(2, actor);
                statement.setString(3, kind);
                statement.setString(4, action.name());
                statement.setString(5, actor);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getLong(2) != objectIds.length) {
                        throw new IllegalStateException("no state of some " + kind + " to log");
                    }
                    return rs.getLong(1);
                }
            }
        });
        return last == null ? 0 : last;
    }

    /** The extent (W, S, E, N) of the geometries two entries kept; empty when neither kept one. */
    @Transactional(readOnly = true)
    public Optional<double[]> extent(long firstEntryId, long secondEntryId) {
        return jdbc.query("""
                select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e) from (
                  select st_extent(st_geomfromgeojson((snapshot -> 'geometry')::text)) as e from change_log
                   where id in (?, ?) and snapshot -> 'geometry' is not null and jsonb_typeof(snapshot -> 'geometry') = 'object') as x
                 where e is not null
                """, (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)},
                firstEntryId, secondEntryId).stream().findFirst();
    }

    /** An object's changes, oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeLogEntry> history(String kind, long objectId) {
        return jdbc.query("select * from change_log where kind = ? and object_id = ? order by at, id", ENTRY, kind, objectId);
    }

    /** One entry, to revert to the state it kept. */
    @Transactional(readOnly = true)
    public Optional<ChangeLogEntry> entry(long id) {
        return jdbc.query("select * from change_log where id = ?", ENTRY, id).stream().findFirst();
    }

    /**
     * An object's state as of a moment: the snapshot of its last change at or before it; empty when it had no
     * recorded change by then or its last change deleted it.
     */
    @Transactional(readOnly = true)
    public Optional<ChangeLogEntry> asOf(String kind, long objectId, Instant moment) {
        return jdbc.query("""
                select * from change_log where kind = ? and object_id = ? and at <= ? order by at desc, id desc limit 1
                """, ENTRY, kind, objectId, Timestamp.from(moment)).stream()
                .filter(e -> e.action() != ChangeAction.DELETED).findFirst();
    }

    /** The state of every object of a kind as of a moment: the last snapshot of each that was not deleted by then. */
    @Transactional(readOnly = true)
    public List<ChangeLogEntry> allAsOf(String kind, Instant moment) {
        return jdbc.query("""
                select * from (select distinct on (object_id) * from change_log
                                where kind = ? and at <= ? order by object_id, at desc, id desc) as last
                 where action <> 'DELETED' order by code
                """, ENTRY, kind, Timestamp.from(moment));
    }

    /** The newest changes that match the filter, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ChangeLogEntry> activity(ActivityFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select * from change_log where true");
        List<Object> args = new ArrayList<>();
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            sql.append(" and kind = any(?::varchar[])");
            args.add("{" + String.join(",", filter.kinds()) + "}");
        }
        if (filter.unitId() != null) {
            sql.append(" and actor_unit_id = ?");
            args.add(filter.unitId());
        }
        if (filter.codes() != null) {
            sql.append(" and code = any(?::varchar[])");
            args.add(filter.codes().stream().map(c -> '"' + c.replace("\"", "") + '"')
                    .collect(Collectors.joining(",", "{", "}")));
        }
        sql.append(" order by at desc, id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), ENTRY, args.toArray());
    }
}
