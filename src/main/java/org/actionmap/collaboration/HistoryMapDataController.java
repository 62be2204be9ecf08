package org.actionmap.collaboration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The geometry a change log entry kept, as GeoJSON, so that a history shows a shape's earlier versions on the map.
 * Entries never change: cached for a day.
 */
@RestController
class HistoryMapDataController {

    private final JdbcTemplate jdbc;

    HistoryMapDataController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/map-data/history/{entryId}.geojson", produces = "application/geo+json")
    ResponseEntity<String> version(@PathVariable long entryId) {
        String body = jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce((
                           select json_agg(json_build_object('type', 'Feature', 'geometry', c.snapshot -> 'geometry',
                                      'properties', json_build_object('code', c.code, 'entry', c.id)))
                             from change_log c where c.id = ? and c.snapshot -> 'geometry' is not null), '[]'::json))::text
                """, String.class, entryId);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
                .contentType(MediaType.parseMediaType("application/geo+json")).body(body);
    }
}
