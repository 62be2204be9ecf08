package org.actionmap.land;

import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates, changes, deletes and restores parcels. Every write checks, in one transaction and before anything is
 * written: the form's fields, the status workflow, the geometry (PostGIS), the user's right to edit where the parcel
 * lies (before and after a move), and the version the user started from. A refusal leaves nothing half-saved.
 */
@Service
public class ParcelEditService {

    /** A parcel code: what the form accepts, and (anchored) what a batch's codes must match in SQL. */
    static final String CODE_REGEX = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";
    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 2000;
    private static final Pattern CODE = Pattern.compile(CODE_REGEX);

    private final JdbcTemplate jdbc;
    private final ParcelService parcels;
    private final GeometryCheck geometryCheck;
    private final ParcelAccess access;
    private final CurrentUser currentUser;
    private final AccessRules rules;
    private final ReportingCalendar calendar;
    private final Changes changes;
    private final PlanService plan;

    ParcelEditService(JdbcTemplate jdbc, ParcelService parcels, GeometryCheck geometryCheck, ParcelAccess access,
                      CurrentUser currentUser, AccessRules rules, ReportingCalendar calendar, Changes changes,
                      PlanService plan) {
        this.plan = plan;
        this.changes = changes;
        this.jdbc = jdbc;
        this.parcels = parcels;
        this.geometryCheck = geometryCheck;
        this.access = access;
        this.currentUser = currentUser;
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * Checks a geometry without saving it: what the form shows while the user draws (problems on the map, the zone
     * and township it would get). Reads only.
     */
    @Transactional(readOnly = true)
    public List<GeometryProblem> checkGeometry(String geometry, Long parcelId) {
        GeometryCheck.Result result = geometryCheck.check(geometry, parcelId);
        if (!result.ok() || result.placement().zoneId() == null) {
            return result.problems();
        }
        // say at once, not only at save, when the shape lies where this user may not edit
        Optional<SignedInUser> user = currentUser.get();
        if (user.isPresent() && !access.mayEdit(user.get(), result.placement())) {
            return List.of(new GeometryProblem(new UserMessageException(access.refusalKey(user.get(), result.placement())), null, null));
        }
        return result.problems();
    }

    /** A parcel's stored outline as GeoJSON (also a deleted one's), to compare it with an edited one. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> geometryOf(long id) {
        return jdbc.query("select st_asgeojson(geom, 7) from parcel where id = ?", (rs, n) -> rs.getString(1), id)
                .stream().findFirst();
    }

    /** The geodesic area of a shape in square metres, as a save would store it (for a repaired outline). */
    @Transactional(readOnly = true)
    public double area(String geometry) {
        return jdbc.queryForObject("select st_area(%s::geography)".formatted(GeometryCheck.INPUT), Double.class, geometry);
    }

    /** Saves a new or changed parcel and returns it as stored, with its geodesic area, zone and township. */
    @Transactional
    public ParcelDetails save(ParcelDraft draft) {
        return save(draft, null);
    }

    /**
     * Brings a parcel back to a state its history kept (attributes, outline, status steps, tasks), as a new change
     * by the signed-in user with every check of an edit. A deleted parcel is restored first, by an administrator.
     */
    @Transactional
    public ParcelDetails revert(long id, String snapshot) {
        ParcelDetails now = parcels.findById(id).orElseThrow(() -> new UserMessageException("parcel.error.gone"));
        return save(ParcelReverter.draft(now, snapshot), ChangeAction.REVERTED);
    }

    private ParcelDetails save(ParcelDraft draft, ChangeAction forced) {
        SignedInUser user = currentUser.require();
        ParcelDetails before = null;
        if (draft.id() != null) {
            before = parcels.findById(draft.id()).orElseThrow(() -> new UserMessageException("parcel.error.gone"));
            access.requireEdit(user, new Placement(null, before.zoneKind(), before.townshipUnitId()));
            if (before.version() != draft.version()) {
                throw new StaleParcelException(before);
            }
        } else if (!access.mayEditSomewhere(user)) {
            access.requireEdit(user, Placement.NOWHERE);
        }
        String code = checkFields(draft);
        Map<ParcelStatus, LocalDate> steps = new EnumMap<>(ParcelStatus.class);
        steps.putAll(draft.steps());
        ParcelWorkflow.check(draft.purpose(), draft.status(), steps, calendar.today());
        GeometryCheck.Result geometry = geometryCheck.check(draft.geometry(), draft.id());
        if (!geometry.ok()) {
            throw new ParcelRefusedException(geometry.problems());
        }
        access.requireEdit(user, geometry.placement());
        checkTasks(draft.taskIds());

        long id;
        if (draft.id() == null) {
            id = jdbc.queryForObject("""
                    insert into parcel (code, name, land_use, purpose, status, notes, area_m2, geom, created_by, updated_by)
                    select ?, ?, ?, ?, ?, ?, st_area(g::geography), g, ?, ?
                      from (select %s as g) as input
                    returning id
                    """.formatted(GeometryCheck.INPUT), Long.class, code, draft.name().trim(), draft.landUse(),
                    draft.purpose().name(), draft.status().name(), blankToNull(draft.notes()), user.username(),
                    user.username(), draft.geometry());
        } else {
            id = draft.id();
            int changed = jdbc.update("""
                    update parcel p
                       set code = ?, name = ?, land_use = ?, purpose = ?, status = ?, notes = ?,
                           area_m2 = st_area(input.g::geography), geom = input.g, illustrative = p.illustrative and st_equals(p.geom, input.g),
                           version = p.version + 1, updated_at = now(), updated_by = ?
                      from (select %s as g) as input
                     where p.id = ? and p.version = ? and p.deleted_at is null
                    """.formatted(GeometryCheck.INPUT), code, draft.name().trim(), draft.landUse(), draft.purpose().name(),
                    draft.status().name(), blankToNull(draft.notes()), user.username(), draft.geometry(), id, draft.version());
            if (changed == 0) {
                throw new StaleParcelException(parcels.findById(id).orElse(before));
            }
            jdbc.update("delete from parcel_status_step where parcel_id = ?", id);
            jdbc.update("delete from parcel_task where parcel_id = ?", id);
        }
        steps.forEach((status, date) -> {
            if (date != null) {
                jdbc.update("insert into parcel_status_step (parcel_id, status, reached_on) values (?, ?, ?)",
                        id, status.name(), Date.valueOf(date));
            }
        });
        for (Long task : draft.taskIds()) {
            jdbc.update("insert into parcel_task (parcel_id, task_id) values (?, ?)", id, task);
        }
        jdbc.update(GeometryCheck.PLACE_PARCELS, "{" + id + "}");
        changes.record(LandSnapshots.PARCEL, id, forced != null ? forced : before == null ? ChangeAction.CREATED
                : before.status() != draft.status() ? ChangeAction.STATUS_CHANGED : ChangeAction.UPDATED);
        return parcels.findById(id).orElseThrow();
    }

    /** Deletes a parcel: it leaves the map and every figure, and an administrator can restore it. */
    @Transactional
    public void delete(long id, int version) {
        SignedInUser user = currentUser.require();
        ParcelDetails parcel = parcels.findById(id).orElseThrow(() -> new UserMessageException("parcel.error.gone"));
        access.requireEdit(user, new Placement(null, parcel.zoneKind(), parcel.townshipUnitId()));
        int changed = jdbc.update("""
                update parcel set deleted_at = now(), deleted_by = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and deleted_at is null
                """, user.username(), user.username(), id, version);
        if (changed == 0) {
            throw new UserMessageException("parcel.error.stale", parcel.code(), String.valueOf(parcel.updatedBy()));
        }
        changes.record(LandSnapshots.PARCEL, id, ChangeAction.DELETED);
    }

    /** Deleted parcels, most recent first, for the administrator. */
    @Transactional(readOnly = true)
    public List<DeletedParcel> deleted() {
        rules.requireAdmin(currentUser.require());
        return jdbc.query("""
                select id, code, name, area_m2, deleted_at, deleted_by from parcel
                 where deleted_at is not null order by deleted_at desc
                """, (rs, n) -> new DeletedParcel(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getDouble("area_m2"), rs.getTimestamp("deleted_at").toInstant(), rs.getString("deleted_by")));
    }

    /** Brings a deleted parcel back, unless a parcel drawn since covers the same land. Administrators only. */
    @Transactional
    public void restore(long id) {
        SignedInUser admin = currentUser.require();
        rules.requireAdmin(admin);
        String geometry = jdbc.query("select st_asgeojson(geom) from parcel where id = ? and deleted_at is not null",
                (rs, n) -> rs.getString(1), id).stream().findFirst()
                .orElseThrow(() -> new UserMessageException("parcel.error.gone"));
        List<GeometryProblem> overlaps = geometryCheck.check(geometry, id).problems().stream()
                .filter(p -> p.message().messageKey().equals("parcel.problem.overlap")).toList();
        if (!overlaps.isEmpty()) {
            // the administrator sees no map here: name the parcel in the way, without "marked on the map"
            throw new UserMessageException("parcel.error.restore-overlap", overlaps.get(0).message().args());
        }
        jdbc.update("""
                update parcel set deleted_at = null, deleted_by = null, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ?
                """, admin.username(), id);
        changes.record(LandSnapshots.PARCEL, id, ChangeAction.RESTORED);
    }

    public boolean mayEditSomewhere() {
        return currentUser.get().map(access::mayEditSomewhere).orElse(false);
    }

    public boolean mayEdit(ParcelDetails parcel) {
        return currentUser.get().map(u -> access.mayEdit(u, parcel)).orElse(false);
    }

    private String checkFields(ParcelDraft draft) {
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw new UserMessageException("parcel.error.code-format");
        }
        Boolean taken = jdbc.queryForObject("select exists (select 1 from parcel where code = ? and id <> ?)", Boolean.class,
                code, draft.id() == null ? -1L : draft.id());
        if (Boolean.TRUE.equals(taken)) {
            throw new UserMessageException("parcel.error.code-taken", code);
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().trim().length() > MAX_NAME) {
            throw new UserMessageException("parcel.error.name");
        }
        if (!LandUses.ALL.contains(draft.landUse())) {
            throw new UserMessageException("parcel.error.land-use");
        }
        if (draft.purpose() == null || draft.status() == null) {
            throw new UserMessageException("parcel.error.status-missing");
        }
        if (draft.notes() != null && draft.notes().length() > MAX_NOTES) {
            throw new UserMessageException("parcel.error.notes-too-long", MAX_NOTES);
        }
        return code;
    }

    private void checkTasks(Set<Long> taskIds) {
        if (!plan.tasksExist(taskIds)) {
            throw new UserMessageException("parcel.error.unknown-task");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
