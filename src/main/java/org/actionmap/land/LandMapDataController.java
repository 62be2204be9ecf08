package org.actionmap.land;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Land on the map over plain HTTP, outside the Vaadin session: parcels as vector tiles made by PostGIS
 * ({@code ST_AsMVT}), so the map stays fast with 100,000 parcels, and the few zones as GeoJSON. Nothing is cached:
 * a saved edit shows on the next tile request.
 */
@RestController
class LandMapDataController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private static final String PARCEL_TILE = """
            with bounds as (select st_tileenvelope(?, ?, ?) as env)
            select st_asmvt(tile.*, 'parcels', 4096, 'geom', 'id')
              from (select st_asmvtgeom(st_transform(p.geom, 3857), bounds.env, 4096, 64, true) as geom,
                           p.id, p.code, p.name, p.status, p.purpose, p.illustrative
                      from parcel p, bounds
                     where p.deleted_at is null
                       and p.geom && st_transform(bounds.env, 4326)) as tile
            """;

    private static final String ZONES = """
            select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                       'type', 'Feature', 'id', z.id,
                       'geometry', st_asgeojson(z.geom, 6)::json,
                       'properties', json_build_object('code', z.code, 'kind', z.kind, 'name_zh', z.name_zh,
                                                       'name_en', z.name_en, 'illustrative', z.illustrative))
                   order by z.kind, z.code), '[]'::json))::text
              from zone z
             where ?::varchar is null or z.kind = any(string_to_array(?, ','))
            """;

    /** Live parcels as GeoJSON, optionally within a box, of one task, or without one parcel (the one being edited). */
    private static final String PARCELS = """
            select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                       'type', 'Feature', 'id', p.id,
                       'geometry', st_asgeojson(p.geom, 7)::json,
                       'properties', json_build_object('code', p.code, 'name', p.name, 'status', p.status,
                                                       'purpose', p.purpose))
                   order by p.code), '[]'::json))::text
              from (select * from parcel p
                     where p.deleted_at is null
                       and (?::float8 is null or p.geom && st_makeenvelope(?, ?, ?, ?, 4326))
                       and (?::bigint is null or exists (select 1 from parcel_task pt where pt.parcel_id = p.id and pt.task_id = ?))
                       and p.id <> coalesce(?::bigint, -1)
                     order by p.code limit %d) as p
            """.formatted(LandMapDataController.MAX_GEOJSON_PARCELS);

    /** GeoJSON is for snapping and small maps; a box holding more parcels than this is cut (the tiles show them all). */
    static final int MAX_GEOJSON_PARCELS = 5000;

    private final JdbcTemplate jdbc;

    LandMapDataController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/tiles/parcels/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> parcelTile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
        if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
            return ResponseEntity.badRequest().build();
        }
        byte[] tile = jdbc.queryForObject(PARCEL_TILE, byte[].class, z, x, y);
        return ResponseEntity.ok().contentType(MVT).cacheControl(CacheControl.noCache())
                .body(tile == null ? new byte[0] : tile);
    }

    @GetMapping(value = "/map-data/parcels.geojson", produces = "application/geo+json")
    ResponseEntity<String> parcels(@RequestParam(required = false) String bbox, @RequestParam(required = false) Long task,
                                   @RequestParam(required = false) Long exclude) {
        Double[] box = {null, null, null, null};
        if (bbox != null) {
            String[] parts = bbox.split(",");
            if (parts.length < 4) {
                return ResponseEntity.badRequest().build();
            }
            try {
                for (int i = 0; i < 4; i++) {
                    box[i] = Double.parseDouble(parts[i].trim());
                }
            } catch (NumberFormatException e) {
                return ResponseEntity.badRequest().build();
            }
        }
        String body = jdbc.queryForObject(PARCELS, String.class, box[0], box[0], box[1], box[2], box[3], task, task, exclude);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/geo+json")).body(body);
    }

    /** The parcels someone is editing now, with the editor's name as the label, to mark them on every open map. */
    @GetMapping(value = "/map-data/parcels-being-edited.geojson", produces = "application/geo+json")
    ResponseEntity<String> parcelsBeingEdited() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(jdbc.queryForObject("""
                        select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                                   'type', 'Feature', 'geometry', st_asgeojson(p.geom, 7)::json,
                                   'properties', json_build_object('code', p.code, 'editor', l.holder_name))), '[]'::json))::text
                          from edit_lock l join parcel p on p.id = l.object_id
                         where l.kind = 'parcel' and l.expires_at >= now() and p.deleted_at is null
                        """, String.class));
    }

    @GetMapping(value = "/map-data/zones.geojson", produces = "application/geo+json")
    ResponseEntity<String> zones(@RequestParam(required = false) String kind) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(jdbc.queryForObject(ZONES, String.class, kind, kind));
    }
}
