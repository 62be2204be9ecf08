package org.actionmap.power;

import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Draws, changes, splits, deletes and restores the power bureau's substations and lines. Every write checks, in one
 * transaction and before anything is written: the bureau's right to write, the form's fields, the geometry (PostGIS)
 * and the version the user started from. The stored length of a line is PostGIS's geodesic length, at every save.
 */
@Service
public class PowerEditService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final Set<Integer> SUBSTATION_KV = Set.of(110, 220, 500);
    private static final Set<Integer> LINE_KV = Set.of(10, 110, 500);
    /** How far from the line a click to split it may land: a finger's width on a tablet at street zoom. */
    static final double SPLIT_TOLERANCE_M = 100;

    private final JdbcTemplate jdbc;
    private final PowerAccess access;
    private final PowerGeometry geometry;
    private final ReportingCalendar calendar;
    private final CurrentUser currentUser;
    private final AccessRules rules;
    private final Changes changes;

    PowerEditService(JdbcTemplate jdbc, PowerAccess access, PowerGeometry geometry, ReportingCalendar calendar,
                     CurrentUser currentUser, AccessRules rules, Changes changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.access = access;
        this.geometry = geometry;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    /** The stored geometry of a substation or line as GeoJSON (EPSG:4326), to edit it on the map. */
    @Transactional(readOnly = true)
    public Optional<String> geometry(PowerFeatureKind kind, long id) {
        return jdbc.query("select st_asgeojson(geom, 7) from " + kind.table + " where id = ? and deleted_at is null",
                (rs, n) -> rs.getString(1), id).stream().findFirst();
    }

    /** A feature's extent in degrees (west, south, east, north), to zoom the map to it. */
    @Transactional(readOnly = true)
    public Optional<double[]> extent(PowerFeatureKind kind, long id) {
        return jdbc.query("select st_xmin(geom), st_ymin(geom), st_xmax(geom), st_ymax(geom) from " + kind.table
                        + " where id = ? and deleted_at is null",
                (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}, id)
                .stream().findFirst();
    }

    /** The geodesic length a line would be stored with, in metres (for the form while the user draws). */
    @Transactional(readOnly = true)
    public double lineLength(String geoJson) {
        return geometry.checkLine(geoJson);
    }

    /** Saves a new or changed substation with its planned milestone dates; returns its id. */
    @Transactional
    public long saveSubstation(SubstationDraft draft) {
        return saveSubstation(draft, null);
    }

    private long saveSubstation(SubstationDraft draft, ChangeAction forced) {
        SignedInUser user = access.requireEditor();
        checkVersion(PowerFeatureKind.SUBSTATION, draft.id(), draft.version());
        String code = checkCommon(PowerFeatureKind.SUBSTATION, draft.id(), draft.code(), draft.nameZh(), draft.nameEn(),
                draft.notes());
        if (!SUBSTATION_KV.contains(draft.voltageKv())) {
            throw new UserMessageException("power.error.voltage");
        }
        if (!Set.of("NEW", "EXPANSION").contains(draft.kind())) {
            throw new UserMessageException("power.error.kind");
        }
        if (draft.capacityMva() != null && (draft.capacityMva().signum() <= 0 || draft.capacityMva().doubleValue() > 10_000)) {
            throw new UserMessageException("power.error.capacity");
        }
        geometry.checkPoint(draft.geometry());
        long id;
        if (draft.id() == null) {
            id = jdbc.queryForObject("""
                    insert into substation (code, name_zh, name_en, voltage_kv, kind, capacity_mva, notes, geom, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, %s, ?) returning id
                    """.formatted(PowerGeometry.INPUT), Long.class, code, draft.nameZh().trim(), draft.nameEn().trim(),
                    draft.voltageKv(), draft.kind(), draft.capacityMva(), blankToNull(draft.notes()), draft.geometry(),
                    user.username());
        } else {
            id = draft.id();
            int changed = jdbc.update("""
                    update substation s
                       set code = ?, name_zh = ?, name_en = ?, voltage_kv = ?, kind = ?, capacity_mva = ?, notes = ?,
                           geom = input.g, illustrative = s.illustrative and st_equals(s.geom, input.g),
                           version = s.version + 1, updated_at = now(), updated_by = ?
                      from (select %s as g) as input
                     where s.id = ? and s.version = ? and s.deleted_at is null
                    """.formatted(PowerGeometry.INPUT), code, draft.nameZh().trim(), draft.nameEn().trim(),
                    draft.voltageKv(), draft.kind(), draft.capacityMva(), blankToNull(draft.notes()), user.username(),
                    draft.geometry(), id, draft.version());
            if (changed == 0) {
                throw stale(PowerFeatureKind.SUBSTATION, id);
            }
        }
        // the schedule: planned dates may be anything (a plan), but every milestone keeps one row
        for (Milestone m : Milestone.values()) {
            LocalDate planned = draft.planned() == null ? null : draft.planned().get(m);
            jdbc.update("""
                    insert into substation_milestone (substation_id, milestone, planned_on) values (?, ?, ?)
                    on conflict (substation_id, milestone) do update set planned_on = excluded.planned_on
                    """, id, m.name(), planned == null ? null : Date.valueOf(planned));
        }
        changes.record(PowerSnapshots.SUBSTATION, id, forced != null ? forced
                : draft.id() == null ? ChangeAction.CREATED : ChangeAction.UPDATED);
        return id;
    }

    /** Saves a new or changed line; its length is computed by PostGIS from the geometry. Returns its id. */
    @Transactional
    public long saveLine(PowerLineDraft draft) {
        return saveLine(draft, null);
    }

    /**
     * Brings a substation or line back to a state its history kept (attributes, geometry, a substation's planned
     * dates; milestones reached stay as recorded), as a new change with every check of an edit.
     */
    @Transactional
    public void revert(PowerFeatureKind kind, long id, String snapshot) {
        int version = jdbc.query("select version from " + kind.table + " where id = ? and deleted_at is null",
                (rs, n) -> rs.getInt(1), id).stream().findFirst().orElseThrow(() -> new UserMessageException("power.error.gone"));
        if (kind == PowerFeatureKind.SUBSTATION) {
            saveSubstation(PowerRevert.substation(id, version, snapshot), ChangeAction.REVERTED);
        } else {
            saveLine(PowerRevert.line(id, version, snapshot), ChangeAction.REVERTED);
        }
    }

    private long saveLine(PowerLineDraft draft, ChangeAction forced) {
        SignedInUser user = access.requireEditor();
        checkVersion(PowerFeatureKind.POWER_LINE, draft.id(), draft.version());
        String code = checkCommon(PowerFeatureKind.POWER_LINE, draft.id(), draft.code(), draft.nameZh(), draft.nameEn(),
                draft.notes());
        if (!LINE_KV.contains(draft.voltageKv())) {
            throw new UserMessageException("power.error.voltage");
        }
        if (!Set.of("NEW", "RENOVATION").contains(draft.kind())) {
            throw new UserMessageException("power.error.kind");
        }
        checkStatus(draft.status(), draft.completedOn());
        geometry.checkLine(draft.geometry());
        Date completed = draft.completedOn() == null ? null : Date.valueOf(draft.completedOn());
        if (draft.id() == null) {
            long id = jdbc.queryForObject("""
                    insert into power_line (code, name_zh, name_en, voltage_kv, kind, status, completed_on, notes, length_m,
                                            geom, updated_by)
                    select ?, ?, ?, ?, ?, ?, ?, ?, st_length(g::geography), g, ?
                      from (select st_multi(%s) as g) as input
                    returning id
                    """.formatted(PowerGeometry.INPUT), Long.class, code, draft.nameZh().trim(), draft.nameEn().trim(),
                    draft.voltageKv(), draft.kind(), draft.status(), completed, blankToNull(draft.notes()),
                    user.username(), draft.geometry());
            changes.record(PowerSnapshots.POWER_LINE, id, ChangeAction.CREATED);
            return id;
        }
        int changed = jdbc.update("""
                update power_line l
                   set code = ?, name_zh = ?, name_en = ?, voltage_kv = ?, kind = ?, status = ?, completed_on = ?, notes = ?,
                       length_m = st_length(input.g::geography), geom = input.g,
                       illustrative = l.illustrative and st_equals(l.geom, input.g),
                       version = l.version + 1, updated_at = now(), updated_by = ?
                  from (select st_multi(%s) as g) as input
                 where l.id = ? and l.version = ? and l.deleted_at is null
                """.formatted(PowerGeometry.INPUT), code, draft.nameZh().trim(), draft.nameEn().trim(), draft.voltageKv(),
                draft.kind(), draft.status(), completed, blankToNull(draft.notes()), user.username(), draft.geometry(),
                draft.id(), draft.version());
        if (changed == 0) {
            throw stale(PowerFeatureKind.POWER_LINE, draft.id());
        }
        changes.record(PowerSnapshots.POWER_LINE, draft.id(), forced != null ? forced : ChangeAction.UPDATED);
        return draft.id();
    }

    /** Where a click would split a line, and the two lengths it would make: for the confirmation before the split. */
    public record SplitPreview(double lon, double lat, double firstLengthM, double secondLengthM) {
    }

    /**
     * Where a line would be split by a click at a lon/lat: the nearest point on the line, and the lengths of the two
     * parts. Refused when the click is not on the line, at one of its ends, or the line has separate parts.
     */
    @Transactional(readOnly = true)
    public SplitPreview previewSplit(long lineId, double lon, double lat) {
        Map<String, Object> at = splitPoint(lineId, lon, lat);
        return new SplitPreview(((Number) at.get("lon")).doubleValue(), ((Number) at.get("lat")).doubleValue(),
                ((Number) at.get("first_m")).doubleValue(), ((Number) at.get("second_m")).doubleValue());
    }

    /**
     * Splits a line in two at the point of the line nearest to the click: the line keeps its code and attributes with
     * the first part; the second part becomes a new line with the code and names given and the same voltage, kind and
     * status. Both lengths are computed again. Returns the new line's id.
     */
    @Transactional
    public long splitLine(long lineId, int version, double lon, double lat, String newCode, String newNameZh,
                          String newNameEn) {
        SignedInUser user = access.requireEditor();
        checkVersion(PowerFeatureKind.POWER_LINE, lineId, version);
        String code = checkCommon(PowerFeatureKind.POWER_LINE, null, newCode, newNameZh, newNameEn, null);
        Map<String, Object> at = splitPoint(lineId, lon, lat);
        double fraction = ((Number) at.get("fraction")).doubleValue();
        long id = jdbc.queryForObject("""
                insert into power_line (code, name_zh, name_en, voltage_kv, kind, status, completed_on, notes, illustrative,
                                        length_m, geom, updated_by)
                select ?, ?, ?, l.voltage_kv, l.kind, l.status, l.completed_on, l.notes, l.illustrative,
                       st_length(part.g::geography), part.g, ?
                  from power_line l,
                       lateral (select st_multi(st_linesubstring(st_linemerge(l.geom), ?, 1)) as g) as part
                 where l.id = ?
                returning id
                """, Long.class, code, newNameZh.trim(), newNameEn.trim(), user.username(), fraction, lineId);
        int changed = jdbc.update("""
                update power_line l
                   set geom = part.g, length_m = st_length(part.g::geography), version = l.version + 1,
                       updated_at = now(), updated_by = ?
                  from (select st_multi(st_linesubstring(st_linemerge(geom), 0, ?)) as g from power_line where id = ?) as part
                 where l.id = ? and l.version = ?
                """, user.username(), fraction, lineId, lineId, version);
        if (changed == 0) {
            throw stale(PowerFeatureKind.POWER_LINE, lineId);
        }
        changes.record(PowerSnapshots.POWER_LINE, lineId, ChangeAction.SPLIT);
        changes.record(PowerSnapshots.POWER_LINE, id, ChangeAction.CREATED);
        return id;
    }

    /** Deletes a substation or line: it leaves the map and every figure, and an administrator can restore it. */
    @Transactional
    public void delete(PowerFeatureKind kind, long id, int version) {
        SignedInUser user = access.requireEditor();
        checkVersion(kind, id, version);
        int changed = jdbc.update("""
                update %s set deleted_at = now(), deleted_by = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and deleted_at is null
                """.formatted(kind.table), user.username(), user.username(), id, version);
        if (changed == 0) {
            throw stale(kind, id);
        }
        changes.record(kind.table, id, ChangeAction.DELETED);
    }

    /** Deleted substations and lines, most recent first, for the administrator. */
    @Transactional(readOnly = true)
    public List<DeletedPowerFeature> deleted() {
        rules.requireAdmin(currentUser.require());
        return jdbc.query("""
                select 'SUBSTATION' as kind, id, code, name_zh, name_en, deleted_at, deleted_by from substation
                 where deleted_at is not null
                union all
                select 'POWER_LINE', id, code, name_zh, name_en, deleted_at, deleted_by from power_line
                 where deleted_at is not null
                 order by deleted_at desc
                """, (rs, n) -> new DeletedPowerFeature(PowerFeatureKind.valueOf(rs.getString("kind")), rs.getLong("id"),
                rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getTimestamp("deleted_at").toInstant(), rs.getString("deleted_by")));
    }

    /** Brings a deleted substation or line back, as it was. Administrators only. */
    @Transactional
    public void restore(PowerFeatureKind kind, long id) {
        SignedInUser admin = currentUser.require();
        rules.requireAdmin(admin);
        int changed = jdbc.update("""
                update %s set deleted_at = null, deleted_by = null, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and deleted_at is not null
                """.formatted(kind.table), admin.username(), id);
        if (changed == 0) {
            throw new UserMessageException("power.error.gone");
        }
        changes.record(kind.table, id, ChangeAction.RESTORED);
    }

    public boolean mayEdit() {
        return access.mayEdit();
    }

    private Map<String, Object> splitPoint(long lineId, double lon, double lat) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.type, st_distance(m.g::geography, c.p::geography) as distance_m, f.fraction,
                       st_x(st_lineinterpolatepoint(m.g, f.fraction)) as lon,
                       st_y(st_lineinterpolatepoint(m.g, f.fraction)) as lat,
                       st_length(st_linesubstring(m.g, 0, f.fraction)::geography) as first_m,
                       st_length(st_linesubstring(m.g, f.fraction, 1)::geography) as second_m
                  from (select st_linemerge(geom) as g, st_geometrytype(st_linemerge(geom)) as type
                          from power_line where id = ? and deleted_at is null) as m
                 cross join (select st_setsrid(st_point(?, ?), 4326) as p) as c
                 -- a line in separate parts has no single place to split at: refused below
                 cross join lateral (select case when m.type = 'ST_LineString'
                                                 then st_linelocatepoint(m.g, c.p) end as fraction) as f
                """, lineId, lon, lat);
        if (rows.isEmpty()) {
            throw new UserMessageException("power.error.gone");
        }
        Map<String, Object> at = rows.get(0);
        if (!"ST_LineString".equals(at.get("type"))) {
            throw new UserMessageException("power.error.split-multipart");
        }
        if (((Number) at.get("distance_m")).doubleValue() > SPLIT_TOLERANCE_M) {
            throw new UserMessageException("power.error.split-not-on-line", (int) SPLIT_TOLERANCE_M);
        }
        if (((Number) at.get("first_m")).doubleValue() < PowerGeometry.MIN_LINE_M
                || ((Number) at.get("second_m")).doubleValue() < PowerGeometry.MIN_LINE_M) {
            throw new UserMessageException("power.error.split-at-end", (int) PowerGeometry.MIN_LINE_M);
        }
        return at;
    }

    private void checkStatus(String status, LocalDate completedOn) {
        if (!Set.of("PLANNED", "UNDER_CONSTRUCTION", "COMPLETED").contains(status)) {
            throw new UserMessageException("power.error.status");
        }
        if ("COMPLETED".equals(status) != (completedOn != null)) {
            throw new UserMessageException("power.error.completed-needs-date");
        }
        if (completedOn != null && completedOn.isAfter(calendar.today())) {
            throw new UserMessageException("power.error.line-completed-in-future");
        }
    }

    private String checkCommon(PowerFeatureKind kind, Long id, String rawCode, String nameZh, String nameEn, String notes) {
        String code = rawCode == null ? "" : rawCode.trim();
        if (!CODE.matcher(code).matches()) {
            throw new UserMessageException("parcel.error.code-format");
        }
        // codes stay unique among deleted features too, so that a restore never collides
        Boolean taken = jdbc.queryForObject("select exists (select 1 from " + kind.table + " where code = ? and id <> ?)",
                Boolean.class, code, id == null ? -1L : id);
        if (Boolean.TRUE.equals(taken)) {
            throw new UserMessageException("power.error.code-taken", code);
        }
        if (nameZh == null || nameZh.isBlank() || nameZh.trim().length() > 200
                || nameEn == null || nameEn.isBlank() || nameEn.trim().length() > 200) {
            throw new UserMessageException("power.error.names");
        }
        if (notes != null && notes.length() > 2000) {
            throw new UserMessageException("parcel.error.notes-too-long", 2000);
        }
        return code;
    }

    private void checkVersion(PowerFeatureKind kind, Long id, int version) {
        if (id == null) {
            return;
        }
        Map<String, Object> row = jdbc.queryForList("select version, updated_by from " + kind.table
                + " where id = ? and deleted_at is null", id).stream().findFirst()
                .orElseThrow(() -> new UserMessageException("power.error.gone"));
        if (((Number) row.get("version")).intValue() != version) {
            throw new UserMessageException("power.error.stale", String.valueOf(row.get("updated_by")));
        }
    }

    private UserMessageException stale(PowerFeatureKind kind, long id) {
        String by = jdbc.query("select updated_by from " + kind.table + " where id = ?", (rs, n) -> rs.getString(1), id)
                .stream().findFirst().orElse("?");
        return new UserMessageException("power.error.stale", by);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
