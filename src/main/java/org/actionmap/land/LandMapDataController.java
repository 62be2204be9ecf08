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

    /** The parcels of one tile; with a date, each parcel's status is the one it had then (the replayed plan year). */
    private static final String PARCEL_TILE = """
            with bounds as (select st_tileenvelope(?, ?, ?) as env)
            select st_asmvt(tile.*, 'parcels', 4096, 'geom', 'id')
              from (select st_asmvtgeom(st_transform(p.geom, 3857), bounds.env, 4096, 64, true) as geom,
                           p.id, p.code, p.name,
                           case when ?::date is null then p.status else parcel_status_as_of(p.id, p.purpose, ?::date) end
                               as status,
                           p.purpose, p.illustrative
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

    private static final com.fasterxml.jackson.databind.ObjectMapper GEOJSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final JdbcTemplate jdbc;
    private final LandMeasures measures;

    LandMapDataController(JdbcTemplate jdbc, LandMeasures measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    @GetMapping("/tiles/parcels/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> parcelTile(@PathVariable int z, @PathVariable int x, @PathVariable int y,
                                      @RequestParam(required = false) java.time.LocalDate asOf) {
        if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
            return ResponseEntity.badRequest().build();
        }
        java.sql.Date date = asOf == null ? null : java.sql.Date.valueOf(asOf);
        byte[] tile = jdbc.queryForObject(PARCEL_TILE, byte[].class, z, x, y, date, date);
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

    /**
     * The township outlines shaded by how much of their land work was done by a date ({@link TownshipProgress}),
     * optionally for some targets only (a task's): {@code band} says the shading class, {@code percent} the share done.
     */
    @GetMapping(value = "/map-data/township-progress.geojson", produces = "application/geo+json")
    ResponseEntity<String> townshipProgress(@RequestParam java.time.LocalDate asOf,
                                            @RequestParam(required = false) java.util.Set<String> targets) {
        java.util.Map<Long, TownshipProgress> byZone = new java.util.HashMap<>();
        measures.townshipProgress(asOf.getYear(), asOf, targets).forEach(t -> byZone.put(t.zoneId(), t));
        com.fasterxml.jackson.databind.node.ObjectNode collection = GEOJSON.createObjectNode().put("type", "FeatureCollection");
        com.fasterxml.jackson.databind.node.ArrayNode features = collection.putArray("features");
        jdbc.query("select id, st_asgeojson(geom, 6) as geometry from zone where kind = 'TOWNSHIP' order by code", rs -> {
            TownshipProgress t = byZone.get(rs.getLong("id"));
            if (t == null) {
                return;
            }
            com.fasterxml.jackson.databind.node.ObjectNode feature = features.addObject().put("type", "Feature");
            try {
                feature.set("geometry", GEOJSON.readTree(rs.getString("geometry")));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("PostGIS wrote unreadable GeoJSON", e);
            }
            Double fraction = t.fraction();
            feature.putObject("properties").put("unit_id", t.townshipUnitId()).put("code", t.code())
                    .put("name_zh", t.nameZh()).put("name_en", t.nameEn()).put("band", t.band())
                    .put("planned_mu", t.plannedMu()).put("done_mu", t.doneMu())
                    .put("percent", fraction == null ? null : Math.round(fraction * 100));
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/geo+json")).body(collection.toString());
    }

    @GetMapping(value = "/map-data/zones.geojson", produces = "application/geo+json")
    ResponseEntity<String> zones(@RequestParam(required = false) String kind) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(jdbc.queryForObject(ZONES, String.class, kind, kind));
    }
}
