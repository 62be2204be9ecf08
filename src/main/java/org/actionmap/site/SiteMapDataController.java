package org.actionmap.site;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sites on the map over plain HTTP (GeoJSON; a few hundred at most), optionally of some kinds or of one task.
 * Never cached: a saved site shows at once.
 */
@RestController
class SiteMapDataController {

    private static final String SITES = """
            select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                       'type', 'Feature', 'id', s.id, 'geometry', st_asgeojson(s.geom, 7)::json,
                       'properties', json_build_object('code', s.code, 'name_zh', s.name_zh, 'name_en', s.name_en,
                                                       'kind', s.kind,
                                                       'status', case when ?::date is null then s.status
                                                                      else site_status_as_of(s.started_on, s.completed_on,
                                                                                             s.opened_on, ?::date) end,
                                                       'illustrative', s.illustrative))
                   order by s.code), '[]'::json))::text
              from site s
             where s.deleted_at is null
               and (?::varchar is null or s.kind = any(string_to_array(?, ',')))
               and (?::bigint is null or exists (select 1 from site_task t where t.site_id = s.id and t.task_id = ?))
            """;

    private final JdbcTemplate jdbc;

    SiteMapDataController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/map-data/sites.geojson", produces = "application/geo+json")
    ResponseEntity<String> sites(@RequestParam(required = false) String kind, @RequestParam(required = false) Long task,
                                 @RequestParam(required = false) java.time.LocalDate asOf) {
        java.sql.Date date = asOf == null ? null : java.sql.Date.valueOf(asOf);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(jdbc.queryForObject(SITES, String.class, date, date, kind, kind, task, task));
    }
}
