package org.actionmap.power;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.*;

/**
 * The power supply bureau's projects: substations with their milestones and power lines with their geodesic length.
 * Only the bureau's staff write (configurable units); every write checks the rules before anything is stored.
 */
@Service
public class PowerService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final PowerAccess access;
    private final ReportingCalendar calendar;
    private final Changes changes;

    PowerService(JdbcTemplate jdbc, PowerAccess access, ReportingCalendar calendar, Changes changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.access = access;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public List<SubstationDetails> substations() {
        Map<Long, Map<Milestone, SubstationDetails.Dates>> milestones = new HashMap<>();
        jdbc.query("""
                select m.substation_id, m.milestone, m.planned_on, m.actual_on, m.note, p.substation_id is not null
                  from substation_milestone m
                  left join substation_milestone_photo p on p.substation_id = m.substation_id and p.milestone = m.milestone
                """, rs -> {
            milestones.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Milestone.class)).put(Milestone.valueOf(rs.getString(2)),
                    new SubstationDetails.Dates(date(rs.getDate(3)), date(rs.getDate(4)), rs.getString(5), rs.getBoolean(6)));
        });
        return jdbc.query("""
                select id, code, name_zh, name_en, voltage_kv, kind, capacity_mva, illustrative, notes, version,
                       st_x(geom) as lon, st_y(geom) as lat
                  from substation where deleted_at is null order by code
                """, (rs, n) -> new SubstationDetails(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                rs.getString("name_en"), rs.getInt("voltage_kv"), rs.getString("kind"), rs.getBigDecimal("capacity_mva"),
                rs.getBoolean("illustrative"), rs.getString("notes"), rs.getInt("version"), rs.getDouble("lon"),
                rs.getDouble("lat"), milestones.getOrDefault(rs.getLong("id"), new EnumMap<>(Milestone.class))));
    }

    /** Every live power project with its state on a date and its shape, for the monthly report (V12's functions). */
    @Transactional(readOnly = true)
    public PowerAsOf allAsOf(LocalDate date) {
        java.sql.Date d = java.sql.Date.valueOf(date);
        List<PowerAsOf.Substation> substations = jdbc.query("""
                select code, name_zh, name_en, voltage_kv, kind, substation_reached_as_of(id, ?), st_asgeojson(geom, 6)
                  from substation where deleted_at is null order by code
                """, (rs, n) -> new PowerAsOf.Substation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7)), d);
        List<PowerAsOf.Line> lines = jdbc.query("""
                select code, name_zh, name_en, voltage_kv, kind, work_status_as_of(status, completed_on, ?), length_m,
                       st_asgeojson(geom, 6)
                  from power_line where deleted_at is null order by voltage_kv desc, code
                """, (rs, n) -> new PowerAsOf.Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8)), d);
        List<PowerAsOf.RuralArea> rural = jdbc.query("""
                select code, name, kind, work_status_as_of(status, completed_on, ?), township_id, st_asgeojson(geom, 6)
                  from rural_area where deleted_at is null order by code
                """, (rs, n) -> new PowerAsOf.RuralArea(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, Long.class), rs.getString(6)), d);
        return new PowerAsOf(substations, lines, rural);
    }

    @Transactional(readOnly = true)
    public List<PowerLineDetails> lines() {
        return jdbc.query("""
                select id, code, name_zh, name_en, voltage_kv, kind, status, completed_on, length_m, illustrative, notes,
                       version
                  from power_line where deleted_at is null order by voltage_kv desc, code
                """, (rs, n) -> new PowerLineDetails(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                rs.getString("name_en"), rs.getInt("voltage_kv"), rs.getString("kind"), rs.getString("status"),
                date(rs.getDate("completed_on")), rs.getDouble("length_m"), rs.getBoolean("illustrative"),
                rs.getString("notes"), rs.getInt("version")));
    }

    @Transactional(readOnly = true)
    public List<RuralAreaDetails> ruralAreas() {
        return jdbc.query("""
                select id, code, name, kind, status, completed_on, township_id, illustrative
                  from rural_area where deleted_at is null order by code
                """, (rs, n) -> new RuralAreaDetails(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getString("status"), date(rs.getDate("completed_on")),
                rs.getObject("township_id", Long.class), rs.getBoolean("illustrative")));
    }

    /** Marks a rural distribution area's work completed on a date (or not completed, with null). */
    @Transactional
    public void completeRuralArea(long id, LocalDate completedOn) {
        SignedInUser user = requireEditor();
        if (completedOn != null && completedOn.isAfter(calendar.today())) {
            throw new UserMessageException("power.error.line-completed-in-future");
        }
        int changed = jdbc.update("""
                update rural_area set status = ?, completed_on = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and deleted_at is null
                """, completedOn == null ? "UNDER_CONSTRUCTION" : "COMPLETED",
                completedOn == null ? null : Date.valueOf(completedOn), user.username(), id);
        if (changed == 0) {
            throw new UserMessageException("power.error.gone");
        }
        changes.record(PowerSnapshots.RURAL_AREA, id,
                completedOn == null ? ChangeAction.UPDATED : ChangeAction.COMPLETED);
    }

    public boolean mayEdit() {
        return access.mayEdit();
    }

    /**
     * Records that a substation reached a milestone (or corrects the date). The whole timeline must stay valid: in
     * order, none in the future, none reached before the one before it.
     */
    @Transactional
    public void recordMilestone(long substationId, Milestone milestone, LocalDate actualOn, String note) {
        recordMilestone(substationId, milestone, actualOn, note, null);
    }

    /**
     * As {@link #recordMilestone(long, Milestone, LocalDate, String)}, with a photo that replaces the milestone's
     * earlier one (null keeps it). Clearing the date removes the photo with the record.
     */
    @Transactional
    public void recordMilestone(long substationId, Milestone milestone, LocalDate actualOn, String note,
                                MilestonePhoto photo) {
        SignedInUser user = requireEditor();
        SubstationDetails substation = substations().stream().filter(s -> s.id() == substationId).findFirst()
                .orElseThrow(() -> new UserMessageException("power.error.gone"));
        Map<Milestone, LocalDate> actual = new EnumMap<>(Milestone.class);
        substation.milestones().forEach((m, d) -> {
            if (d.actual() != null) {
                actual.put(m, d.actual());
            }
        });
        if (actualOn == null) {
            actual.remove(milestone);
        } else {
            actual.put(milestone, actualOn);
        }
        MilestoneRules.check(actual, calendar.today());
        if (note != null && note.length() > 1000) {
            throw new UserMessageException("power.error.note-too-long", 1000);
        }
        jdbc.update("""
                insert into substation_milestone (substation_id, milestone, actual_on, note, recorded_by)
                values (?, ?, ?, ?, ?)
                on conflict (substation_id, milestone)
                do update set actual_on = excluded.actual_on, note = excluded.note, recorded_by = excluded.recorded_by
                """, substationId, milestone.name(), actualOn == null ? null : Date.valueOf(actualOn),
                note == null || note.isBlank() ? null : note.trim(), user.username());
        if (actualOn == null) {
            jdbc.update("delete from substation_milestone_photo where substation_id = ? and milestone = ?",
                    substationId, milestone.name());
        } else if (photo != null) {
            jdbc.update("""
                    insert into substation_milestone_photo (substation_id, milestone, file_name, content_type, bytes, uploaded_by)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (substation_id, milestone) do update set file_name = excluded.file_name,
                        content_type = excluded.content_type, bytes = excluded.bytes, uploaded_by = excluded.uploaded_by,
                        uploaded_at = now()
                    """, substationId, milestone.name(), photo.fileName(), photo.contentType(), photo.bytes(), user.username());
        }
        jdbc.update("update substation set version = version + 1, updated_at = now(), updated_by = ? where id = ?",
                user.username(), substationId);
        changes.record(PowerSnapshots.SUBSTATION, substationId, ChangeAction.MILESTONE_RECORDED);
    }

    /** The photo kept with a substation's milestone, for everyone who reads the timeline. */
    @Transactional(readOnly = true)
    public Optional<MilestonePhoto> photo(long substationId, Milestone milestone) {
        return jdbc.query("""
                select file_name, content_type, bytes from substation_milestone_photo where substation_id = ? and milestone = ?
                """, (rs, n) -> new MilestonePhoto(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                substationId, milestone.name()).stream().findFirst();
    }

    /** Marks a line completed on a date (or back to under construction with null); its length counts from then. */
    @Transactional
    public void completeLine(long lineId, LocalDate completedOn) {
        SignedInUser user = requireEditor();
        if (completedOn != null && completedOn.isAfter(calendar.today())) {
            throw new UserMessageException("power.error.line-completed-in-future");
        }
        int changed = jdbc.update("""
                update power_line set status = ?, completed_on = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and deleted_at is null
                """, completedOn == null ? "UNDER_CONSTRUCTION" : "COMPLETED",
                completedOn == null ? null : Date.valueOf(completedOn), user.username(), lineId);
        if (changed == 0) {
            throw new UserMessageException("power.error.gone");
        }
        changes.record(PowerSnapshots.POWER_LINE, lineId,
                completedOn == null ? ChangeAction.UPDATED : ChangeAction.COMPLETED);
    }

    /** Trusted seed data (the demo city): substations with milestones and lines, lengths computed by PostGIS. */
    @Transactional
    public int importTrusted(java.io.InputStream geoJson) throws java.io.IOException {
        int count = 0;
        for (var feature : JSON.readTree(geoJson).path("features")) {
            var p = feature.path("properties");
            String geometry = feature.path("geometry").toString();
            if ("substation".equals(p.path("feature").asText())) {
                long id = jdbc.queryForObject("""
                        insert into substation (code, name_zh, name_en, voltage_kv, kind, capacity_mva, illustrative, geom)
                        values (?, ?, ?, ?, ?, ?, ?, st_setsrid(st_geomfromgeojson(?), 4326)) returning id
                        """, Long.class, p.path("code").asText(), p.path("name_zh").asText(), p.path("name_en").asText(),
                        p.path("voltage_kv").asInt(), p.path("kind").asText(),
                        p.hasNonNull("capacity_mva") ? new BigDecimal(p.path("capacity_mva").asText()) : null,
                        p.path("illustrative").asBoolean(), geometry);
                for (var entry : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) () -> p.path("milestones").fields()) {
                    var dates = entry.getValue();
                    jdbc.update("""
                            insert into substation_milestone (substation_id, milestone, planned_on, actual_on)
                            values (?, ?, ?, ?)
                            """, id, entry.getKey(), sqlDate(dates.path("planned").asText(null)),
                            sqlDate(dates.path("actual").asText(null)));
                }
            } else if ("rural_area".equals(p.path("feature").asText())) {
                // the township is the outline that holds the point
                jdbc.update("""
                        insert into rural_area (code, name, kind, status, completed_on, illustrative, geom, township_id)
                        select ?, ?, ?, ?, ?, ?, g,
                               (select z.unit_id from zone z where z.kind = 'TOWNSHIP' and st_contains(z.geom, g) limit 1)
                          from (select st_setsrid(st_geomfromgeojson(?), 4326) as g) as input
                        """, p.path("code").asText(), p.path("name").asText(), p.path("kind").asText(),
                        p.path("status").asText(), sqlDate(p.path("completed_on").asText(null)),
                        p.path("illustrative").asBoolean(), geometry);
            } else {
                jdbc.update("""
                        insert into power_line (code, name_zh, name_en, voltage_kv, kind, status, completed_on, length_m,
                                                illustrative, geom)
                        select ?, ?, ?, ?, ?, ?, ?, st_length(g::geography), ?, g
                          from (select st_multi(st_setsrid(st_geomfromgeojson(?), 4326)) as g) as input
                        """, p.path("code").asText(), p.path("name_zh").asText(), p.path("name_en").asText(),
                        p.path("voltage_kv").asInt(), p.path("kind").asText(), p.path("status").asText(),
                        sqlDate(p.path("completed_on").asText(null)), p.path("illustrative").asBoolean(), geometry);
            }
            count++;
        }
        return count;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("select (select count(*) from substation) + (select count(*) from power_line)"
                + " + (select count(*) from rural_area)", Integer.class);
        return n == null || n == 0;
    }

    private SignedInUser requireEditor() {
        return access.requireEditor();
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Date sqlDate(String iso) {
        return iso == null || iso.isBlank() ? null : Date.valueOf(LocalDate.parse(iso));
    }
}
