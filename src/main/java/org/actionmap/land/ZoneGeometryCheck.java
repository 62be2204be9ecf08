package org.actionmap.land;

import org.actionmap.common.UserMessageException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side checks of a new zone's outline, done by PostGIS before anything is written: readable, a polygon in
 * longitude/latitude, valid (else the self-intersection point), a plausible size for a zone, inside the county (the
 * township outlines) unless it is a township outline itself, a park mostly inside its own township, and no overlap
 * beyond a small tolerance with another outline (for an outline) or with another EDZ area or park (for those): an EDZ
 * area and a park over the same land would give a parcel there two editors and two zones. EDZ areas and parks lie
 * inside township outlines by design.
 */
@Component
class ZoneGeometryCheck {

    private final JdbcTemplate jdbc;
    private final double minAreaM2;
    private final double maxAreaM2;
    private final double toleranceM2;

    ZoneGeometryCheck(JdbcTemplate jdbc,
                      @Value("${actionmap.land.zone-min-area-m2:10000}") double minAreaM2,
                      @Value("${actionmap.land.zone-max-area-m2:2000000000}") double maxAreaM2,
                      @Value("${actionmap.land.zone-overlap-tolerance-m2:100}") double toleranceM2) {
        this.jdbc = jdbc;
        this.minAreaM2 = minAreaM2;
        this.maxAreaM2 = maxAreaM2;
        this.toleranceM2 = toleranceM2;
    }

    /**
     * The outline's problems, empty when it may be saved. {@code townshipUnitId} is the park's township (null for other
     * kinds); {@code locale} names that township in a problem.
     */
    List<GeometryProblem> check(String geoJson, ZoneKind kind, Long townshipUnitId, Locale locale) {
        Optional<GeometryProblem> shape = OutlineShape.problem(jdbc, geoJson, "zone", false, true);
        if (shape.isPresent()) {
            return List.of(shape.get());
        }
        List<GeometryProblem> problems = new ArrayList<>();
        double area = jdbc.queryForObject("select st_area(%s::geography)".formatted(GeometryCheck.INPUT), Double.class, geoJson);
        if (area < minAreaM2) {
            problems.add(problem("zone.problem.too-small", area / 10_000, minAreaM2 / 10_000));
        } else if (area > maxAreaM2) {
            problems.add(problem("zone.problem.too-large", area / 1_000_000, maxAreaM2 / 1_000_000));
        }
        if (kind != ZoneKind.TOWNSHIP) {
            insideTheCounty(geoJson, problems);
        }
        if (kind == ZoneKind.TOWNSHIP_PARK && townshipUnitId != null) {
            mostlyInItsTownship(geoJson, townshipUnitId, locale, problems);
        }
        jdbc.query("""
                select z.code, st_area(x.overlap::geography) as area, st_asgeojson(x.overlap, 7) as where_
                  from zone z, (select %s as geom) as g,
                       lateral (select st_intersection(z.geom, g.geom) as overlap) as x
                 where (z.kind = 'TOWNSHIP') = ? and z.geom && g.geom and st_intersects(z.geom, g.geom)
                 order by z.code
                """.formatted(GeometryCheck.INPUT), rs -> {
            double overlap = rs.getDouble("area");
            if (overlap > toleranceM2) {
                problems.add(new GeometryProblem(new UserMessageException("zone.problem.overlap", rs.getString("code"), overlap),
                        rs.getString("where_"), null));
            }
        }, geoJson, kind.outline());
        return problems;
    }

    /** EDZ areas and parks lie in the county: the part outside the township outlines, beyond the tolerance, is marked. */
    private void insideTheCounty(String geoJson, List<GeometryProblem> problems) {
        Map<String, Object> outside = jdbc.queryForMap("""
                with county as (select st_union(geom) as g from zone where kind = 'TOWNSHIP'),
                     input as (select %s as g)
                select county.g is null as no_county, st_area(x.part::geography) as area, st_asgeojson(x.part, 7) as where_
                  from county, input,
                       lateral (select case when county.g is not null then st_difference(input.g, county.g) end as part) as x
                """.formatted(GeometryCheck.INPUT), geoJson);
        if (Boolean.TRUE.equals(outside.get("no_county"))) {
            problems.add(problem("zone.problem.no-county"));
        } else if (outside.get("area") != null && ((Number) outside.get("area")).doubleValue() > toleranceM2) {
            problems.add(new GeometryProblem(new UserMessageException("zone.problem.outside-county",
                    ((Number) outside.get("area")).doubleValue()), (String) outside.get("where_"), null));
        }
    }

    /**
     * A park counts its parcels to its township where no outline says otherwise, so it must lie mostly in that
     * township's outline (when the township has one): a park named for the wrong township is marked where it lies.
     */
    private void mostlyInItsTownship(String geoJson, long townshipUnitId, Locale locale, List<GeometryProblem> problems) {
        jdbc.query("""
                select z.name_zh, z.name_en, st_asgeojson(st_pointonsurface(g.geom), 7) as where_,
                       st_area(st_intersection(z.geom, g.geom)::geography) / nullif(st_area(g.geom::geography), 0) as share
                  from zone z, (select %s as geom) as g
                 where z.kind = 'TOWNSHIP' and z.unit_id = ?
                """.formatted(GeometryCheck.INPUT), rs -> {
            if (rs.getDouble("share") < 0.5) {
                String township = locale != null && "zh".equals(locale.getLanguage()) ? rs.getString("name_zh") : rs.getString("name_en");
                problems.add(new GeometryProblem(new UserMessageException("zone.problem.not-in-its-township", township),
                        rs.getString("where_"), null));
            }
        }, geoJson, townshipUnitId);
    }

    private static GeometryProblem problem(String key, Object... args) {
        return new GeometryProblem(new UserMessageException(key, args), null, null);
    }
}
