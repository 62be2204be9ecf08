package org.actionmap.power;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Power projects on the map over plain HTTP (GeoJSON; a few hundred features at most): substations with the last
 * milestone they reached, lines with their status and length. Never cached: a recorded milestone shows at once.
 */
@RestController
class PowerMapDataController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    /** The last milestone a substation {@code s} reached, or NONE: what its symbol's colour shows. */
    private static final String REACHED = """
            coalesce((select m.milestone from substation_milestone m
                       where m.substation_id = s.id and m.actual_on is not null
                       order by array_position(array['PLANNED', 'APPROVED', 'CONSTRUCTION_STARTED', 'COMPLETED',
                                                     'IN_OPERATION']::varchar[], m.milestone) desc limit 1), 'NONE')""";

    private final JdbcTemplate jdbc;

    PowerMapDataController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Substations with the last milestone reached, by now or (the replayed plan year) by a date. */
    @GetMapping(value = "/map-data/substations.geojson", produces = "application/geo+json")
    ResponseEntity<String> substations(@RequestParam(required = false) java.time.LocalDate asOf) {
        String reached = asOf == null ? REACHED : "substation_reached_as_of(s.id, ?)";
        Object[] args = asOf == null ? new Object[0] : new Object[]{java.sql.Date.valueOf(asOf)};
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'id', s.id, 'geometry', st_asgeojson(s.geom, 7)::json,
                           'properties', json_build_object('code', s.code, 'name_zh', s.name_zh, 'name_en', s.name_en,
                               'kind', s.kind, 'voltage_kv', s.voltage_kv,
                               'reached', %s))
                       order by s.code), '[]'::json))::text
                  from substation s where s.deleted_at is null
                """.formatted(reached), String.class, args));
    }

    /** Lines with their status, by now or (the replayed plan year) by a date; optionally of one status only. */
    @GetMapping(value = "/map-data/power-lines.geojson", produces = "application/geo+json")
    ResponseEntity<String> lines(@RequestParam(required = false) String status,
                                 @RequestParam(required = false) java.time.LocalDate asOf) {
        java.sql.Date date = asOf == null ? null : java.sql.Date.valueOf(asOf);
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'id', l.id, 'geometry', st_asgeojson(l.geom, 7)::json,
                           'properties', json_build_object('code', l.code, 'name_zh', l.name_zh, 'name_en', l.name_en,
                               'voltage_kv', l.voltage_kv, 'kind', l.kind, 'status', l.status,
                               'length_km', round((l.length_m / 1000)::numeric, 2)))
                       order by l.code), '[]'::json))::text
                  from (select id, geom, code, name_zh, name_en, voltage_kv, kind, length_m,
                               case when ?::date is null then status else work_status_as_of(status, completed_on, ?::date) end
                                   as status
                          from power_line where deleted_at is null) l
                 where ?::varchar is null or l.status = ?
                """, String.class, date, date, status, status));
    }

    /**
     * The power features that serve a task, in one collection for the task's map: the substations named, every line of
     * the voltages named and, when asked, the rural distribution areas.
     */
    @GetMapping(value = "/map-data/power-features.geojson", produces = "application/geo+json")
    ResponseEntity<String> taskFeatures(@RequestParam(defaultValue = "") java.util.List<String> substations,
                                        @RequestParam(defaultValue = "") java.util.List<Integer> voltages,
                                        @RequestParam(defaultValue = "false") boolean rural) {
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(f), '[]'::json))::text
                  from (
                    select json_build_object('type', 'Feature', 'geometry', st_asgeojson(s.geom, 7)::json,
                               'properties', json_build_object('code', s.code, 'kind', 'substation', 'reached', %s)) as f
                      from substation s where s.deleted_at is null and s.code = any(?::varchar[])
                    union all
                    select json_build_object('type', 'Feature', 'geometry', st_asgeojson(l.geom, 7)::json,
                               'properties', json_build_object('code', l.code, 'kind', 'line', 'status', l.status))
                      from power_line l where l.deleted_at is null and l.voltage_kv = any(?::int[])
                    union all
                    select json_build_object('type', 'Feature', 'geometry', st_asgeojson(r.geom, 7)::json,
                               'properties', json_build_object('code', r.code, 'kind', 'rural_area',
                                   'reached', case when r.status = 'COMPLETED' then 'COMPLETED' else 'NONE' end))
                      from rural_area r where r.deleted_at is null and ?
                  ) as features
                """.formatted(REACHED), String.class, "{" + String.join(",", substations) + "}",
                "{" + String.join(",", voltages.stream().map(String::valueOf).toList()) + "}", rural));
    }

    /** The substations and lines someone is editing now, labelled with the editor's name. */
    @GetMapping(value = "/map-data/power-being-edited.geojson", produces = "application/geo+json")
    ResponseEntity<String> beingEdited() {
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'geometry', st_asgeojson(f.geom, 7)::json,
                           'properties', json_build_object('code', f.code, 'editor', l.holder_name))), '[]'::json))::text
                  from edit_lock l
                  join (select 'substation' as kind, id, code, geom from substation where deleted_at is null
                        union all
                        select 'power_line', id, code, geom from power_line where deleted_at is null) as f
                    on f.kind = l.kind and f.id = l.object_id
                 where l.expires_at >= now()
                """, String.class));
    }

    /** Rural distribution areas with their status, by now or (the replayed plan year) by a date. */
    @GetMapping(value = "/map-data/rural-areas.geojson", produces = "application/geo+json")
    ResponseEntity<String> ruralAreas(@RequestParam(required = false) java.time.LocalDate asOf) {
        java.sql.Date date = asOf == null ? null : java.sql.Date.valueOf(asOf);
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'id', r.id, 'geometry', st_asgeojson(r.geom, 7)::json,
                           'properties', json_build_object('code', r.code, 'name', r.name, 'kind', r.kind,
                               'status', case when ?::date is null then r.status
                                              else work_status_as_of(r.status, r.completed_on, ?::date) end))
                       order by r.code), '[]'::json))::text
                  from rural_area r where r.deleted_at is null
                """, String.class, date, date));
    }

    private static ResponseEntity<String> geoJson(String body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(GEOJSON).body(body);
    }
}
