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

    @GetMapping(value = "/map-data/substations.geojson", produces = "application/geo+json")
    ResponseEntity<String> substations() {
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'id', s.id, 'geometry', st_asgeojson(s.geom, 7)::json,
                           'properties', json_build_object('code', s.code, 'name_zh', s.name_zh, 'name_en', s.name_en,
                               'kind', s.kind, 'voltage_kv', s.voltage_kv,
                               'reached', %s))
                       order by s.code), '[]'::json))::text
                  from substation s where s.deleted_at is null
                """.formatted(REACHED), String.class));
    }

    @GetMapping(value = "/map-data/power-lines.geojson", produces = "application/geo+json")
    ResponseEntity<String> lines(@RequestParam(required = false) String status) {
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'id', l.id, 'geometry', st_asgeojson(l.geom, 7)::json,
                           'properties', json_build_object('code', l.code, 'name_zh', l.name_zh, 'name_en', l.name_en,
                               'voltage_kv', l.voltage_kv, 'kind', l.kind, 'status', l.status,
                               'length_km', round((l.length_m / 1000)::numeric, 2)))
                       order by l.code), '[]'::json))::text
                  from power_line l where l.deleted_at is null and (?::varchar is null or l.status = ?)
                """, String.class, status, status));
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

    @GetMapping(value = "/map-data/rural-areas.geojson", produces = "application/geo+json")
    ResponseEntity<String> ruralAreas() {
        return geoJson(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature', 'id', r.id, 'geometry', st_asgeojson(r.geom, 7)::json,
                           'properties', json_build_object('code', r.code, 'name', r.name, 'kind', r.kind, 'status', r.status))
                       order by r.code), '[]'::json))::text
                  from rural_area r where r.deleted_at is null
                """, String.class));
    }

    private static ResponseEntity<String> geoJson(String body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(GEOJSON).body(body);
    }
}
