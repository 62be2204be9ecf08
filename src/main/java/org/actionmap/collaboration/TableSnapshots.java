package org.actionmap.collaboration;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link SnapshotSource#ofTable}: a row's columns as one JSON object, the geometry as GeoJSON. The columns are named
 * one by one ({@code jsonb_build_object}), read from the catalogue at first use, rather than {@code to_jsonb(t) - 'geom'}:
 * PostGIS casts a geometry to JSON as full-precision GeoJSON, so the whole-row form wrote every outline twice and
 * threw one away (8 s for an import of 100,000 parcels, against under a second).
 */
final class TableSnapshots implements SnapshotSource {

    private final JdbcTemplate jdbc;
    private final String kind;
    private final String table;
    private final String join;
    private final String pairs;
    private final List<Child> children;
    private volatile String columns;

    TableSnapshots(JdbcTemplate jdbc, String kind, String table, boolean geometry, String extras, String join,
                   List<Child> children) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.table = table;
        this.join = join;
        this.pairs = String.join(", ", Stream.of(geometry ? "'geometry', st_asgeojson(t.geom, 7)::jsonb" : null,
                extras == null || extras.isBlank() ? null : extras).filter(Objects::nonNull).toList());
        this.children = List.copyOf(children);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Optional<String> snapshot(long objectId) {
        List<String> parts = new ArrayList<>();
        for (Child c : children) {
            parts.add("'" + c.key() + "', (select " + c.aggregate() + " from " + c.table() + " c where c." + c.parentColumn() + " = t.id)");
        }
        return jdbc.query("select " + state(parts) + "::text from " + table + " t " + join + " where t.id = ?",
                (rs, n) -> rs.getString(1), objectId).stream().findFirst();
    }

    @Override
    public Optional<String> snapshotsQuery() {
        List<String> parts = new ArrayList<>();
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < children.size(); i++) {
            Child c = children.get(i);
            parts.add("'" + c.key() + "', child" + i + ".v");
            joins.append(" left join (select c.").append(c.parentColumn()).append(" as id, ").append(c.aggregate())
                    .append(" as v from ").append(c.table()).append(" c join wanted cw on cw.id = c.").append(c.parentColumn())
                    .append(" group by c.").append(c.parentColumn()).append(") as child").append(i).append(" on child").append(i)
                    .append(".id = t.id");
        }
        return Optional.of("select t.id, " + state(parts) + " as j from wanted w join " + table + " t on t.id = w.id " + join + joins);
    }

    /** The JSON object of row {@code t}: its columns, the pairs, the children's {@code 'key', value} pairs given. */
    private String state(List<String> childPairs) {
        List<String> objects = new ArrayList<>(List.of(columns()));
        String all = String.join(", ", Stream.concat(Stream.of(pairs).filter(p -> !p.isEmpty()), childPairs.stream()).toList());
        if (!all.isEmpty()) {
            objects.add("jsonb_build_object(" + all + ")");
        }
        return "(" + String.join(" || ", objects) + ")";
    }

    /** The row's columns but the geometry as JSON (in groups: at most 100 arguments a call), read once. */
    private String columns() {
        String known = columns;
        if (known == null) {
            List<String> names = jdbc.queryForList("""
                    select column_name from information_schema.columns
                     where table_schema = current_schema() and table_name = ? and column_name <> 'geom'
                     order by ordinal_position
                    """, String.class, table);
            if (names.isEmpty()) {
                throw new IllegalStateException("no table " + table + " to take snapshots of");
            }
            List<String> objects = new ArrayList<>();
            for (int i = 0; i < names.size(); i += 40) {
                objects.add("jsonb_build_object(" + String.join(", ", names.subList(i, Math.min(names.size(), i + 40))
                        .stream().map(c -> "'" + c + "', t.\"" + c + "\"").toList()) + ")");
            }
            known = String.join(" || ", objects);
            columns = known;
        }
        return known;
    }
}
