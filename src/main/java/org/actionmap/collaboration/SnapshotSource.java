package org.actionmap.collaboration;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * How a module describes one of its objects' state for the change log: a JSON object of its attributes (geometry as
 * GeoJSON under {@code geometry}), read inside the transaction that changed it. One per kind of object.
 */
public interface SnapshotSource {

    /** The kind of object this source describes, as {@link Changes#record} names it. */
    String kind();

    /** The object's state now as a JSON object, or empty when it no longer exists. */
    Optional<String> snapshot(long objectId);

    /**
     * A query of many objects' states at once, for a change of thousands of objects (an import): columns {@code id}
     * and {@code j} (jsonb, as {@link #snapshot}) of the objects whose ids the caller's common table {@code wanted(id)}
     * holds (a join, not {@code = any(array)}, which PostgreSQL checks element by element for every row). Empty when
     * the source reads one object at a time.
     */
    default Optional<String> snapshotsQuery() {
        return Optional.empty();
    }

    /**
     * A part of a row's snapshot kept in another table (a parcel's status steps, a substation's milestones): under
     * {@code key}, {@code aggregate} (an aggregate over the child rows {@code c}) of the rows of {@code table} whose
     * {@code parentColumn} is the row's id; null when there are none.
     */
    record Child(String key, String table, String parentColumn, String aggregate) {
    }

    /**
     * A snapshot of a table's row with parts kept in child tables: as {@link #ofTable(JdbcTemplate, String, String,
     * boolean, String)}, each child read by a correlated subquery for one object, and by one grouped join for many
     * (one index probe per object and child cost a second per 100,000 parcels).
     */
    static SnapshotSource ofTable(JdbcTemplate jdbc, String kind, String table, boolean geometry, java.util.List<Child> children) {
        return new TableSnapshots(jdbc, kind, table, geometry, null, "", children);
    }

    /**
     * A snapshot of a table's row: its columns except the geometry, which comes as GeoJSON under {@code geometry}
     * (when {@code geometry} says the table has a {@code geom} column), plus {@code extras}: a SQL list of {@code 'key', value} pairs for
     * {@code jsonb_build_object} over the row {@code t} (a parcel's status steps, a substation's milestones).
     */
    static SnapshotSource ofTable(JdbcTemplate jdbc, String kind, String table, boolean geometry, String extras) {
        return ofTable(jdbc, kind, table, geometry, extras, "");
    }

    /** As {@link #ofTable(JdbcTemplate, String, String, boolean, String)}, with a join the extras read from. */
    static SnapshotSource ofTable(JdbcTemplate jdbc, String kind, String table, boolean geometry, String extras,
                                  String join) {
        return new TableSnapshots(jdbc, kind, table, geometry, extras, join, java.util.List.of());
    }
}
