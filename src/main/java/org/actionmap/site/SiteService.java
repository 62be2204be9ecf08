package org.actionmap.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads sites with their status dates, township, area and tasks; loads trusted seed data. Plain JDBC, as land does. */
@Service
public class SiteService {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SELECT = """
            select s.id, s.code, s.name_zh, s.name_en, s.kind, s.status, s.started_on, s.completed_on, s.opened_on,
                   s.responsible_unit_id, s.township_id, s.area_m2, geometrytype(s.geom) = 'POINT' as point,
                   s.illustrative, s.notes, s.version, s.updated_by,
                   st_xmin(s.geom) as w, st_ymin(s.geom) as s_, st_xmax(s.geom) as e, st_ymax(s.geom) as n,
                   array(select t.task_id from site_task t where t.site_id = s.id) as task_ids
              from site s
             where s.deleted_at is null
            """;

    private final JdbcTemplate jdbc;

    SiteService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every live site with its status on a date and its shape, for the monthly report's workbook and task maps. */
    @Transactional(readOnly = true)
    public List<SiteAsOf> allAsOf(java.time.LocalDate date) {
        return jdbc.query("""
                select code, name_zh, name_en, kind, site_status_as_of(started_on, completed_on, opened_on, ?),
                       responsible_unit_id, township_id, area_m2, st_asgeojson(geom, 6)
                  from site where deleted_at is null order by kind, code
                """, (rs, n) -> new SiteAsOf(rs.getString(1), rs.getString(2), rs.getString(3),
                SiteKind.valueOf(rs.getString(4)), SiteStatus.valueOf(rs.getString(5)), rs.getObject(6, Long.class),
                rs.getObject(7, Long.class), rs.getObject(8, Double.class), rs.getString(9)), java.sql.Date.valueOf(date));
    }

    @Transactional(readOnly = true)
    public List<SiteDetails> findAll() {
        return jdbc.query(SELECT + " order by s.kind, s.code", SiteService::map);
    }

    @Transactional(readOnly = true)
    public Optional<SiteDetails> findById(long id) {
        return jdbc.query(SELECT + " and s.id = ?", SiteService::map, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<SiteDetails> findByCode(String code) {
        return jdbc.query(SELECT + " and s.code = ?", SiteService::map, code).stream().findFirst();
    }

    /** Live sites serving a task, for the task's page. */
    @Transactional(readOnly = true)
    public List<SiteDetails> findByTask(long taskId) {
        return jdbc.query(SELECT + " and exists (select 1 from site_task t where t.site_id = s.id and t.task_id = ?)"
                + " order by s.kind, s.code", SiteService::map, taskId);
    }

    /** The site's geometry as GeoJSON (EPSG:4326), for the editor. */
    @Transactional(readOnly = true)
    public Optional<String> geometry(long id) {
        return jdbc.query("select st_asgeojson(geom, 7) from site where id = ? and deleted_at is null",
                (rs, n) -> rs.getString(1), id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("select count(*) from site", Integer.class);
        return n == null || n == 0;
    }

    /**
     * Trusted seed data (the demo city): sites with their status dates, the responsible unit by its code and the
     * plan tasks by number (in the plan loaded last). Township and area are computed by PostGIS as at a save.
     */
    @Transactional
    public int importTrusted(InputStream geoJson) throws IOException {
        int count = 0;
        for (JsonNode feature : JSON.readTree(geoJson).path("features")) {
            JsonNode p = feature.path("properties");
            long id = jdbc.queryForObject("""
                    insert into site (code, name_zh, name_en, kind, status, started_on, completed_on, opened_on,
                                      responsible_unit_id, township_id, area_m2, illustrative, notes, geom, created_by, updated_by)
                    select ?, ?, ?, ?, ?, ?, ?, ?, (select id from org_unit where code = ?), %s,
                           case when geometrytype(g) = 'POINT' then null else st_area(g::geography) end, ?, ?, g, 'demo', 'demo'
                      from (select %s as g) as input
                    returning id
                    """.formatted(SiteGeometry.townshipOf("g"), SiteGeometry.INPUT), Long.class,
                    p.path("code").asText(), p.path("name_zh").asText(), p.path("name_en").asText(), p.path("kind").asText(),
                    p.path("status").asText(), date(p, "started_on"), date(p, "completed_on"), date(p, "opened_on"),
                    p.path("unit").asText(), p.path("illustrative").asBoolean(), p.path("notes").asText(null),
                    feature.path("geometry").toString());
            for (JsonNode task : p.path("tasks")) {
                jdbc.update("""
                        insert into site_task (site_id, task_id)
                        select ?, t.id from plan_task t
                         where t.number = ? and t.plan_id = (select id from plan order by year desc, id desc limit 1)
                        """, id, task.asInt());
            }
            count++;
        }
        return count;
    }

    private static Date date(JsonNode properties, String field) {
        String iso = properties.path(field).asText(null);
        return iso == null || iso.isBlank() ? null : Date.valueOf(LocalDate.parse(iso));
    }

    static SiteDetails map(ResultSet rs, int row) throws SQLException {
        Set<Long> tasks = new TreeSet<>();
        for (Object id : (Object[]) rs.getArray("task_ids").getArray()) {
            tasks.add(((Number) id).longValue());
        }
        return new SiteDetails(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                SiteKind.valueOf(rs.getString("kind")), SiteStatus.valueOf(rs.getString("status")),
                new SiteDates(local(rs.getDate("started_on")), local(rs.getDate("completed_on")), local(rs.getDate("opened_on"))),
                rs.getLong("responsible_unit_id"), rs.getObject("township_id", Long.class),
                rs.getObject("area_m2", Double.class), rs.getBoolean("point"), rs.getBoolean("illustrative"),
                rs.getString("notes"), tasks, rs.getInt("version"), rs.getString("updated_by"),
                new double[]{rs.getDouble("w"), rs.getDouble("s_"), rs.getDouble("e"), rs.getDouble("n")});
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
