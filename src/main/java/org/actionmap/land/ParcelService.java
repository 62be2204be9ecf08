package org.actionmap.land;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads parcels with their zone, area and status history. Geometry stays in PostGIS; plain JDBC reads it. */
@Service
public class ParcelService {

    private static final String SELECT = """
            select p.id, p.code, p.name, p.land_use, p.purpose, p.status, p.area_m2, p.illustrative, p.notes, p.version,
                   p.township_id, p.updated_by, z.code as zone_code, z.kind as zone_kind, z.name_zh as zone_zh, z.name_en as zone_en,
                   st_xmin(p.geom) as w, st_ymin(p.geom) as s, st_xmax(p.geom) as e, st_ymax(p.geom) as n,
                   (select json_object_agg(st.status, st.reached_on) from parcel_status_step st
                     where st.parcel_id = p.id)::text as steps,
                   array(select pt.task_id from parcel_task pt where pt.parcel_id = p.id) as task_ids
              from parcel p left join zone z on z.id = p.zone_id
             where p.deleted_at is null
            """;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final JdbcTemplate jdbc;

    ParcelService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ParcelDetails> findByCode(String code) {
        return jdbc.query(SELECT + " and p.code = ?", this::map, code).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<ParcelDetails> findById(long id) {
        return jdbc.query(SELECT + " and p.id = ?", this::map, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<ParcelDetails> findAll() {
        return jdbc.query(SELECT + " order by p.code", this::map);
    }

    /** Zones, for the map's search box: EDZ areas, township parks, township outlines. */
    @Transactional(readOnly = true)
    public List<ZoneSummary> zones() {
        return jdbc.query("""
                select id, code, kind, name_zh, name_en, st_xmin(geom), st_ymin(geom), st_xmax(geom), st_ymax(geom)
                  from zone order by kind, code
                """, (rs, n) -> new ZoneSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), new double[]{rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)}));
    }

    /**
     * Every live parcel with its status on a date and its shape, for the monthly report (its workbook lists every
     * parcel, its maps show a task's parcels as they stood at a month's end).
     */
    @Transactional(readOnly = true)
    public List<ParcelAsOf> allAsOf(LocalDate date) {
        return jdbc.query("""
                select p.code, p.name, p.purpose, parcel_status_as_of(p.id, p.purpose, ?) as status_then, p.area_m2,
                       z.name_zh, z.name_en, p.township_id, st_asgeojson(p.geom, 6)
                  from parcel p left join zone z on z.id = p.zone_id
                 where p.deleted_at is null order by p.code
                """, (rs, n) -> new ParcelAsOf(rs.getString(1), rs.getString(2), ParcelPurpose.valueOf(rs.getString(3)),
                ParcelStatus.valueOf(rs.getString(4)), rs.getDouble(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, Long.class), rs.getString(9)), java.sql.Date.valueOf(date));
    }

    /** The outlines of the zones of a kind (TOWNSHIP, EDZ_AREA, TOWNSHIP_PARK), for the monthly report's maps. */
    @Transactional(readOnly = true)
    public List<ZoneOutline> outlines(String kind) {
        return jdbc.query("select code, kind, name_zh, name_en, st_asgeojson(geom, 5) from zone where kind = ? order by code",
                (rs, n) -> new ZoneOutline(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), kind);
    }

    private static Set<Long> taskIds(java.sql.Array array) throws SQLException {
        Set<Long> ids = new java.util.TreeSet<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The parcel's geometry as GeoJSON (EPSG:4326), for the editor. */
    @Transactional(readOnly = true)
    public Optional<String> geometry(long id) {
        return jdbc.query("select st_asgeojson(geom, 7) from parcel where id = ? and deleted_at is null",
                (rs, n) -> rs.getString(1), id).stream().findFirst();
    }

    /** Live parcels serving a task, for the task's map and the parcel list's task filter. */
    @Transactional(readOnly = true)
    public List<ParcelDetails> findByTask(long taskId) {
        return jdbc.query(SELECT + " and exists (select 1 from parcel_task pt where pt.parcel_id = p.id and pt.task_id = ?)"
                + " order by p.code", this::map, taskId);
    }

    private ParcelDetails map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        // the steps come with the parcel's row: a list of parcels costs one query, not one per parcel
        Map<ParcelStatus, LocalDate> steps = new EnumMap<>(ParcelStatus.class);
        String stepsJson = rs.getString("steps");
        if (stepsJson != null) {
            try {
                JSON.readTree(stepsJson).fields().forEachRemaining(step ->
                        steps.put(ParcelStatus.valueOf(step.getKey()), LocalDate.parse(step.getValue().asText())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("unreadable status steps of parcel " + id, e);
            }
        }
        Long township = rs.getObject("township_id", Long.class);
        return new ParcelDetails(id, rs.getString("code"), rs.getString("name"), rs.getString("land_use"),
                ParcelPurpose.valueOf(rs.getString("purpose")), ParcelStatus.valueOf(rs.getString("status")), steps,
                rs.getString("zone_code"), rs.getString("zone_kind"), rs.getString("zone_zh"), rs.getString("zone_en"),
                township, rs.getDouble("area_m2"), rs.getBoolean("illustrative"),
                rs.getString("notes"), rs.getInt("version"),
                new double[]{rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")},
                taskIds(rs.getArray("task_ids")), rs.getString("updated_by"));
    }
}
