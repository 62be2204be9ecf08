package org.actionmap.site;

import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates, changes, deletes and restores sites. Every write checks, in one transaction and before anything is
 * written: the user's right (the responsible unit's staff, before and after a change of unit), the form's fields,
 * status and dates, the geometry (PostGIS), the tasks, and the version the user started from. A refusal leaves
 * nothing half-saved.
 */
@Service
public class SiteEditService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

    private final JdbcTemplate jdbc;
    private final SiteService sites;
    private final SiteGeometry geometryCheck;
    private final SiteAccess access;
    private final CurrentUser currentUser;
    private final AccessRules rules;
    private final OrgUnitService units;
    private final ReportingCalendar calendar;
    private final Changes changes;
    private final PlanService plan;

    SiteEditService(JdbcTemplate jdbc, SiteService sites, SiteGeometry geometryCheck, SiteAccess access,
                    CurrentUser currentUser, AccessRules rules, OrgUnitService units, ReportingCalendar calendar, Changes changes,
                    PlanService plan) {
        this.plan = plan;
        this.changes = changes;
        this.jdbc = jdbc;
        this.sites = sites;
        this.geometryCheck = geometryCheck;
        this.access = access;
        this.currentUser = currentUser;
        this.rules = rules;
        this.units = units;
        this.calendar = calendar;
    }

    /** Checks a geometry without saving it, as the form does while the user draws: the refusal, if any. Reads only. */
    @Transactional(readOnly = true)
    public Optional<SiteGeometryException> checkGeometry(String geometry, SiteKind kind) {
        try {
            // no kind chosen yet: checked as a site built in the county, the stricter rule
            geometryCheck.check(geometry, kind == null ? SiteKind.KEY_PROJECT : kind);
            return Optional.empty();
        } catch (SiteGeometryException e) {
            return Optional.of(e);
        }
    }

    /** Saves a new or changed site and returns it as stored, with its township and geodesic area. */
    @Transactional
    public SiteDetails save(SiteDraft draft) {
        return save(draft, null);
    }

    /**
     * Brings a site back to a state its history kept, as a new change by the signed-in user with every check of an
     * edit (the responsible unit's staff only).
     */
    @Transactional
    public SiteDetails revert(long id, String snapshot) {
        SiteDetails now = sites.findById(id).orElseThrow(() -> new UserMessageException("site.error.gone"));
        return save(SiteReverter.draft(now, snapshot), ChangeAction.REVERTED);
    }

    private SiteDetails save(SiteDraft draft, ChangeAction forced) {
        SignedInUser user = currentUser.require();
        access.requireStaff(user);
        SiteDetails before = null;
        if (draft.id() != null) {
            before = sites.findById(draft.id()).orElseThrow(() -> new UserMessageException("site.error.gone"));
            access.requireEdit(user, before.responsibleUnitId());
            if (before.version() != draft.version()) {
                throw new StaleSiteException(before);
            }
        }
        String code = checkFields(draft);
        // the unit after the change: creating a site for another unit, or handing one over, is refused
        access.requireEdit(user, draft.responsibleUnitId());
        SiteDates dates = draft.dates() == null ? SiteDates.NONE : draft.dates();
        SiteRules.check(draft.kind(), draft.status(), dates, calendar.today());
        SiteGeometry.Placement placement = geometryCheck.check(draft.geometry(), draft.kind());
        checkTasks(draft.taskIds());
        String nameZh = blankToNull(draft.nameZh()) == null ? draft.nameEn().trim() : draft.nameZh().trim();
        String nameEn = blankToNull(draft.nameEn()) == null ? nameZh : draft.nameEn().trim();

        long id;
        if (draft.id() == null) {
            id = jdbc.queryForObject("""
                    insert into site (code, name_zh, name_en, kind, status, started_on, completed_on, opened_on,
                                      responsible_unit_id, township_id, area_m2, notes, geom, created_by, updated_by)
                    select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, g, ?, ?
                      from (select %s as g) as input
                    returning id
                    """.formatted(SiteGeometry.INPUT), Long.class, code, nameZh, nameEn, draft.kind().name(),
                    draft.status().name(), sql(dates.startedOn()), sql(dates.completedOn()), sql(dates.openedOn()),
                    draft.responsibleUnitId(), placement.townshipId(), placement.areaM2(), blankToNull(draft.notes()),
                    user.username(), user.username(), draft.geometry());
        } else {
            id = draft.id();
            int changed = jdbc.update("""
                    update site s
                       set code = ?, name_zh = ?, name_en = ?, kind = ?, status = ?, started_on = ?, completed_on = ?,
                           opened_on = ?, responsible_unit_id = ?, township_id = ?, area_m2 = ?, notes = ?, geom = input.g,
                           illustrative = s.illustrative and st_equals(s.geom, input.g),
                           version = s.version + 1, updated_at = now(), updated_by = ?
                      from (select %s as g) as input
                     where s.id = ? and s.version = ? and s.deleted_at is null
                    """.formatted(SiteGeometry.INPUT), code, nameZh, nameEn, draft.kind().name(), draft.status().name(),
                    sql(dates.startedOn()), sql(dates.completedOn()), sql(dates.openedOn()), draft.responsibleUnitId(),
                    placement.townshipId(), placement.areaM2(), blankToNull(draft.notes()), user.username(),
                    draft.geometry(), id, draft.version());
            if (changed == 0) {
                throw new StaleSiteException(sites.findById(id).orElse(before));
            }
            jdbc.update("delete from site_task where site_id = ?", id);
        }
        for (Long task : draft.taskIds()) {
            jdbc.update("insert into site_task (site_id, task_id) values (?, ?)", id, task);
        }
        changes.record(SiteSnapshots.SITE, id, forced != null ? forced : before == null ? ChangeAction.CREATED
                : before.status() != draft.status() ? ChangeAction.STATUS_CHANGED : ChangeAction.UPDATED);
        return sites.findById(id).orElseThrow();
    }

    /** Deletes a site: it leaves the map, the lists and every figure; an administrator can restore it. */
    @Transactional
    public void delete(long id, int version) {
        SignedInUser user = currentUser.require();
        SiteDetails site = sites.findById(id).orElseThrow(() -> new UserMessageException("site.error.gone"));
        access.requireEdit(user, site.responsibleUnitId());
        int changed = jdbc.update("""
                update site set deleted_at = now(), deleted_by = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and deleted_at is null
                """, user.username(), user.username(), id, version);
        if (changed == 0) {
            throw new UserMessageException("site.error.stale", site.code(), String.valueOf(site.updatedBy()));
        }
        changes.record(SiteSnapshots.SITE, id, ChangeAction.DELETED);
    }

    /** Deleted sites, most recent first, for the administrator. */
    @Transactional(readOnly = true)
    public List<DeletedSite> deleted() {
        rules.requireAdmin(currentUser.require());
        return jdbc.query("""
                select id, code, name_zh, name_en, kind, deleted_at, deleted_by from site
                 where deleted_at is not null order by deleted_at desc
                """, (rs, n) -> new DeletedSite(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                rs.getString("name_en"), SiteKind.valueOf(rs.getString("kind")), rs.getTimestamp("deleted_at").toInstant(),
                rs.getString("deleted_by")));
    }

    /** Brings a deleted site back as it was. Administrators only. */
    @Transactional
    public void restore(long id) {
        SignedInUser admin = currentUser.require();
        rules.requireAdmin(admin);
        int changed = jdbc.update("""
                update site set deleted_at = null, deleted_by = null, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and deleted_at is not null
                """, admin.username(), id);
        if (changed == 0) {
            throw new UserMessageException("site.error.gone");
        }
        changes.record(SiteSnapshots.SITE, id, ChangeAction.RESTORED);
    }

    /** A site's stored shape as GeoJSON (also a deleted one's), to compare it with an edited one. */
    @Transactional(readOnly = true)
    public Optional<String> geometryOf(long id) {
        return jdbc.query("select st_asgeojson(geom, 7) from site where id = ?", (rs, n) -> rs.getString(1), id)
                .stream().findFirst();
    }

    /** Whether the signed-in user may create sites (for their own unit). */
    public boolean mayCreate() {
        return currentUser.get().map(access::mayCreate).orElse(false);
    }

    public boolean mayEdit(SiteDetails site) {
        return currentUser.get().map(u -> access.mayEdit(u, site.responsibleUnitId())).orElse(false);
    }

    /** The unit a new site of the signed-in user belongs to: their own. */
    public Optional<Long> ownUnitId() {
        return currentUser.get().filter(access::mayCreate).map(SignedInUser::unitId);
    }

    private String checkFields(SiteDraft draft) {
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw new UserMessageException("site.error.code-format");
        }
        // unique among deleted sites too: a restored site keeps its code
        Boolean taken = jdbc.queryForObject("select exists (select 1 from site where code = ? and id <> ?)", Boolean.class,
                code, draft.id() == null ? -1L : draft.id());
        if (Boolean.TRUE.equals(taken)) {
            throw new UserMessageException("site.error.code-taken", code);
        }
        String zh = blankToNull(draft.nameZh());
        String en = blankToNull(draft.nameEn());
        if (zh == null && en == null || zh != null && zh.length() > 200 || en != null && en.length() > 200) {
            throw new UserMessageException("site.error.name");
        }
        if (draft.kind() == null || draft.status() == null) {
            throw new UserMessageException("site.error.kind-status-missing");
        }
        if (draft.responsibleUnitId() == null || !units.byId().containsKey(draft.responsibleUnitId())) {
            throw new UserMessageException("site.error.unit-missing");
        }
        if (draft.notes() != null && draft.notes().length() > 2000) {
            throw new UserMessageException("site.error.notes-too-long", 2000);
        }
        return code;
    }

    private void checkTasks(Set<Long> taskIds) {
        if (!plan.tasksExist(taskIds)) {
            throw new UserMessageException("site.error.unknown-task");
        }
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
