package org.actionmap.site;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Server-side checks of a site's geometry, done by PostGIS: readable GeoJSON, a point or a valid polygon, in
 * longitude/latitude, and, unless the site is a station in another city, inside the township outlines of the county.
 * Also where it lies (its township) and, for a polygon, its geodesic area.
 */
@Component
class SiteGeometry {

    /** A geometry from the browser in EPSG:4326: a point stays a point, a polygon becomes a multi-polygon. */
    static final String INPUT = """
            (select case when geometrytype(g) = 'POLYGON' then st_multi(g) else g end
               from (select st_setsrid(st_geomfromgeojson(?), 4326) as g) as raw)""";

    /** The township outline holding a geometry (an SQL expression): for a polygon, the one holding most of it. */
    static String townshipOf(String geom) {
        return """
                (select z.unit_id from zone z
                  where z.kind = 'TOWNSHIP' and z.geom && %1$s and st_intersects(z.geom, %1$s)
                  order by case when geometrytype(%1$s) = 'POINT' then 0 else st_area(st_intersection(z.geom, %1$s)) end desc,
                           z.id
                  limit 1)""".formatted(geom);
    }

    /** Where a checked geometry lies and how large it is (null area for a point). */
    record Placement(Long townshipId, Double areaM2) {
    }

    private final JdbcTemplate jdbc;

    SiteGeometry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The geometry's township and area, or a refusal that says what is wrong (and where, for a crossing). */
    Placement check(String geoJson, SiteKind kind) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new SiteGeometryException(null, "site.problem.no-geometry");
        }
        Map<String, Object> shape;
        try {
            shape = jdbc.queryForMap("""
                    select geometrytype(g.geom) as type, st_isempty(g.geom) as empty, d.valid, d.reason,
                           st_asgeojson(d.location, 7) as location,
                           st_xmin(g.geom) as w, st_ymin(g.geom) as s, st_xmax(g.geom) as e, st_ymax(g.geom) as n
                      from (select %s as geom) as g
                      cross join lateral st_isvaliddetail(g.geom) as d
                    """.formatted(INPUT), geoJson);
        } catch (DataAccessException | IllegalArgumentException e) {
            throw new SiteGeometryException(null, "site.problem.unreadable");
        }
        String type = String.valueOf(shape.get("type"));
        if (!type.equals("POINT") && !type.equals("MULTIPOLYGON") || Boolean.TRUE.equals(shape.get("empty"))) {
            throw new SiteGeometryException(null, "site.problem.not-point-or-polygon");
        }
        if (number(shape, "w") < -180 || number(shape, "e") > 180 || number(shape, "s") < -90 || number(shape, "n") > 90) {
            throw new SiteGeometryException(null, "site.problem.not-lon-lat");
        }
        if (!Boolean.TRUE.equals(shape.get("valid"))) {
            String reason = String.valueOf(shape.get("reason"));
            throw reason.toLowerCase().contains("self-intersection")
                    ? new SiteGeometryException((String) shape.get("location"), "site.problem.self-intersection")
                    : new SiteGeometryException((String) shape.get("location"), "site.problem.invalid", reason);
        }
        Map<String, Object> place = jdbc.queryForMap("""
                select %2$s as township_id,
                       case when geometrytype(g.geom) = 'POINT' then null else st_area(g.geom::geography) end as area_m2,
                       coalesce(st_coveredby(g.geom, (select st_union(z.geom) from zone z where z.kind = 'TOWNSHIP')),
                                false) as in_county
                  from (select %1$s as geom) as g
                """.formatted(INPUT, townshipOf("g.geom")), geoJson);
        if (!kind.isStation() && !Boolean.TRUE.equals(place.get("in_county"))) {
            throw new SiteGeometryException(null, "site.problem.outside-county");
        }
        return new Placement(place.get("township_id") == null ? null : ((Number) place.get("township_id")).longValue(),
                place.get("area_m2") == null ? null : ((Number) place.get("area_m2")).doubleValue());
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }
}
