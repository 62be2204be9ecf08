package org.actionmap.land;

import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.SignedInUser;
import org.actionmap.security.UnitKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Creates zones (EDZ areas, township parks, township outlines). Administrators only: a zone decides who edits the
 * parcels in it (EDZ editors or a township) and which land figures they count toward. Every create checks, in one
 * transaction and before anything is written, the fields, the unit and the outline (PostGIS, {@link ZoneGeometryCheck});
 * then it stores the geodesic area, gives the parcels under the new zone their new zone and township, and records the
 * change. A refusal leaves nothing written.
 */
@Service
public class ZoneEditService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final int NAME_MAX = 200;

    private final JdbcTemplate jdbc;
    private final ZoneGeometryCheck geometryCheck;
    private final CurrentUser currentUser;
    private final AccessRules rules;
    private final OrgUnitService units;
    private final Changes changes;
    private final String edzUnitCode;

    ZoneEditService(JdbcTemplate jdbc, ZoneGeometryCheck geometryCheck, CurrentUser currentUser, AccessRules rules,
                    OrgUnitService units, Changes changes, @Value("${actionmap.land.edz-unit:EDZ}") String edzUnitCode) {
        this.jdbc = jdbc;
        this.geometryCheck = geometryCheck;
        this.currentUser = currentUser;
        this.rules = rules;
        this.units = units;
        this.changes = changes;
        this.edzUnitCode = edzUnitCode;
    }

    /** Whether the signed-in user may create zones (the import wizard offers the layer only then). */
    public boolean mayCreate() {
        return currentUser.get().map(rules::isAdmin).orElse(false);
    }

    /** Saves a new zone and returns it as stored; parcels under it get it as their zone where it holds most of them. */
    @Transactional
    public ZoneSummary create(ZoneDraft draft) {
        SignedInUser admin = currentUser.require();
        rules.requireAdmin(admin);
        // one zone written at a time: two administrators' overlapping zones, or the same code, cannot both pass the checks
        jdbc.execute("select pg_advisory_xact_lock(hashtext('actionmap.zone'))");
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw new UserMessageException("zone.error.code-format");
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from zone where code = ?)", Boolean.class, code))) {
            throw new UserMessageException("zone.error.code-taken", code);
        }
        if (draft.kind() == null) {
            throw new UserMessageException("zone.error.kind");
        }
        String nameZh = trimmed(draft.nameZh());
        if (nameZh == null || nameZh.length() > NAME_MAX) {
            throw new UserMessageException("zone.error.name-zh", NAME_MAX);
        }
        String nameEn = trimmed(draft.nameEn());
        if (nameEn != null && nameEn.length() > NAME_MAX) {
            throw new UserMessageException("zone.error.name-en", NAME_MAX);
        }
        OrgUnitInfo unit = unit(draft.kind(), trimmed(draft.unit()), admin);
        List<GeometryProblem> problems = geometryCheck.check(draft.geometry(), draft.kind(),
                draft.kind() == ZoneKind.TOWNSHIP_PARK ? unit.id() : null, admin.locale());
        if (!problems.isEmpty()) {
            throw new ZoneRefusedException(problems);
        }

        long id = jdbc.queryForObject("""
                insert into zone (code, kind, name_zh, name_en, unit_id, illustrative, area_m2, geom)
                select ?, ?, ?, ?, ?, false, st_area(g::geography), g
                  from (select %s as g) as input
                returning id
                """.formatted(GeometryCheck.INPUT), Long.class, code, draft.kind().name(), nameZh,
                nameEn != null ? nameEn : nameZh, unit == null ? null : unit.id(), draft.geometry());
        changes.record(LandSnapshots.ZONE, id, ChangeAction.CREATED);
        placeParcelsUnder(id, admin);
        return jdbc.queryForObject("""
                select id, code, kind, name_zh, name_en, st_xmin(geom), st_ymin(geom), st_xmax(geom), st_ymax(geom)
                  from zone where id = ?
                """, (rs, n) -> new ZoneSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), new double[]{rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)}), id);
    }

    /**
     * The zone's unit: a township for an outline or a park (named by code or name; an outline per township), the EDZ's
     * unit for an EDZ area (the configured one when none is named; null when the city has none).
     */
    private OrgUnitInfo unit(ZoneKind kind, String named, SignedInUser admin) {
        if (kind == ZoneKind.EDZ_AREA && named == null) {
            return units.findByCode(edzUnitCode).orElse(null);
        }
        if (named == null) {
            throw new UserMessageException("zone.error.unit-missing");
        }
        OrgUnitInfo unit = units.findByCode(named).or(() -> units.resolvePhrase(named))
                .orElseThrow(() -> new UserMessageException("zone.error.unit-unknown", named));
        if (kind == ZoneKind.EDZ_AREA) {
            if (unit.kind() != UnitKind.ZONE) {
                throw new UserMessageException("zone.error.unit-not-edz", unit.name(admin.locale()));
            }
            return unit;
        }
        if (unit.kind() != UnitKind.TOWNSHIP) {
            throw new UserMessageException("zone.error.unit-not-township", unit.name(admin.locale()));
        }
        if (kind == ZoneKind.TOWNSHIP) {
            // the outline decides a parcel's township: two outlines of one township would be two answers to one question
            Optional<String> outline = jdbc.query("select code from zone where kind = 'TOWNSHIP' and unit_id = ? limit 1",
                    (rs, n) -> rs.getString(1), unit.id()).stream().findFirst();
            if (outline.isPresent()) {
                throw new UserMessageException("zone.error.township-has-outline", unit.name(admin.locale()), outline.get());
            }
        }
        return unit;
    }

    /**
     * Places again every parcel the new zone touches, deleted ones too (a restore does not place): a parcel now mostly
     * in a new EDZ area gets that zone, so the EDZ's editors edit it and it counts toward the EDZ's figures. Each parcel
     * whose zone or township changed gets a change log entry by the administrator, after the zone's own, so that its
     * history says why its editors changed.
     */
    private void placeParcelsUnder(long zoneId, SignedInUser admin) {
        List<Long> touched = jdbc.queryForList("""
                select p.id from parcel p, zone z
                 where z.id = ? and p.geom && z.geom and st_intersects(p.geom, z.geom)
                """, Long.class, zoneId);
        if (touched.isEmpty()) {
            return;
        }
        List<Long> moved = jdbc.queryForList(GeometryCheck.PLACE_PARCELS_AS_CHANGE, Long.class, admin.username(),
                touched.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        changes.recordAll(LandSnapshots.PARCEL, moved.stream().mapToLong(Long::longValue).sorted().toArray(), ChangeAction.UPDATED);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
