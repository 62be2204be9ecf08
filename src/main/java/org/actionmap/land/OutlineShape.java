package org.actionmap.land;

import org.actionmap.common.UserMessageException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What PostGIS says of an outline (GeoJSON, EPSG:4326) before any rule of its layer applies, for parcels and zones
 * alike: it must be drawn, readable, a polygon, in longitude/latitude and valid (else the self-intersection point and,
 * where the layer offers one, a repaired polygon). Messages are the layer's own: {@code <layer>.problem.<what>}.
 */
final class OutlineShape {

    private OutlineShape() {
    }

    /**
     * The outline's first shape problem, empty when it is a valid polygon. With {@code keepTransaction}, an outline
     * PostGIS cannot read fails in a savepoint, so that the caller's transaction goes on (an import reports and goes
     * on to the next feature).
     */
    static Optional<GeometryProblem> problem(JdbcTemplate jdbc, String geoJson, String layer, boolean offerRepair,
                                             boolean keepTransaction) {
        if (geoJson == null || geoJson.isBlank()) {
            return problem(layer, "no-geometry");
        }
        Map<String, Object> shape;
        if (keepTransaction) {
            jdbc.execute("savepoint outline_shape");
        }
        try {
            shape = jdbc.queryForMap("""
                    select geometrytype(g.geom) as type, d.valid, d.reason, st_asgeojson(d.location, 7) as location,
                           case when ? and not d.valid
                                then st_asgeojson(st_multi(st_collectionextract(st_makevalid(g.geom), 3)), 7) end as repaired,
                           st_xmin(g.geom) as w, st_ymin(g.geom) as s, st_xmax(g.geom) as e, st_ymax(g.geom) as n
                      from (select %s as geom) as g
                      cross join lateral st_isvaliddetail(g.geom) as d -- validity, reason and place: one GEOS run
                    """.formatted(GeometryCheck.INPUT), offerRepair, geoJson);
            if (keepTransaction) {
                jdbc.execute("release savepoint outline_shape");
            }
        } catch (DataAccessException | IllegalArgumentException e) {
            if (keepTransaction) {
                jdbc.execute("rollback to savepoint outline_shape");
            }
            return problem(layer, "unreadable");
        }
        if (shape.get("w") == null) {   // an empty polygon: nothing drawn
            return problem(layer, "no-geometry");
        }
        if (!"MULTIPOLYGON".equals(shape.get("type"))) {
            return problem(layer, "not-polygon");
        }
        if (((Number) shape.get("w")).doubleValue() < -180 || ((Number) shape.get("e")).doubleValue() > 180
                || ((Number) shape.get("s")).doubleValue() < -90 || ((Number) shape.get("n")).doubleValue() > 90) {
            return problem(layer, "not-lon-lat");
        }
        if (!Boolean.TRUE.equals(shape.get("valid"))) {
            String reason = String.valueOf(shape.get("reason"));
            UserMessageException message = reason.toLowerCase(Locale.ROOT).contains("self-intersection")
                    ? new UserMessageException(layer + ".problem.self-intersection")
                    : new UserMessageException(layer + ".problem.invalid", reason);
            String repaired = (String) shape.get("repaired");
            boolean repairable = repaired != null && !repaired.contains("\"coordinates\":[]");
            return Optional.of(new GeometryProblem(message, (String) shape.get("location"), repairable ? repaired : null));
        }
        return Optional.empty();
    }

    private static Optional<GeometryProblem> problem(String layer, String what) {
        return Optional.of(new GeometryProblem(new UserMessageException(layer + ".problem." + what), null, null));
    }
}
