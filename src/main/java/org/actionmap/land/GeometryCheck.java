package org.actionmap.land;

import org.actionmap.common.UserMessageException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Server-side checks of a parcel geometry, done by PostGIS before anything is written: readable, a polygon, valid
 * (else the self-intersection point and a repaired polygon to offer), a plausible size, inside some zone, and not
 * overlapping another parcel beyond a small tolerance (else each overlap's place and area).
 */
@Component
class GeometryCheck {

    /** A geometry from the browser, in EPSG:4326, as one polygon layer (multi-polygon). */
    static final String INPUT = "st_multi(st_setsrid(st_geomfromgeojson(?), 4326))";

    /**
     * The zone that holds most of a geometry (an SQL expression), preferring EDZ areas and parks to township outlines,
     * and its township: the outline's unit, else the park's unit. A select to use as a lateral subquery.
     */
    static String placementOf(String geom) {
        return """
                select coalesce(inner_zone.id, outline.id) as zone_id,
                       coalesce(inner_zone.kind, outline.kind) as zone_kind,
                       coalesce(outline.unit_id, case when inner_unit.kind = 'TOWNSHIP' then inner_zone.unit_id end) as township_id
                  from (select 1) as one
                  left join lateral (select z.id, z.kind, z.unit_id from zone z
                                      where z.kind <> 'TOWNSHIP' and z.geom && %1$s and st_intersects(z.geom, %1$s)
                                      order by st_area(st_intersection(z.geom, %1$s)) desc limit 1) as inner_zone on true
                  left join org_unit inner_unit on inner_unit.id = inner_zone.unit_id
                  left join lateral (select z.id, z.kind, z.unit_id from zone z
                                      where z.kind = 'TOWNSHIP' and z.geom && %1$s and st_intersects(z.geom, %1$s)
                                      order by st_area(st_intersection(z.geom, %1$s)) desc limit 1) as outline on true
                """.formatted(geom);
    }

    /** Sets zone and township of stored parcels from their geometry. */
    static final String PLACE_PARCELS = """
            update parcel p set zone_id = placed.zone_id, township_id = placed.township_id
              from (select src.id, pl.zone_id, pl.township_id
                      from parcel src cross join lateral (%s) as pl
                     where src.id = any(?::bigint[])) as placed
             where p.id = placed.id
            """.formatted(placementOf("src.geom"));

    /**
     * {@link #PLACE_PARCELS} as a change of the parcels whose zone or township it changes (a new zone took them): their
     * version and last change move on, by the signed-in user (first parameter), and their ids are returned for the
     * change log. Parcels the zone touches without taking them are left as they are.
     */
    static final String PLACE_PARCELS_AS_CHANGE = """
            update parcel p set zone_id = placed.zone_id, township_id = placed.township_id, version = p.version + 1,
                                updated_at = now(), updated_by = ?
              from (select src.id, pl.zone_id, pl.township_id
                      from parcel src cross join lateral (%s) as pl
                     where src.id = any(?::bigint[])) as placed
             where p.id = placed.id
               and (p.zone_id, p.township_id) is distinct from (placed.zone_id, placed.township_id)
            returning p.id
            """.formatted(placementOf("src.geom"));

    private final JdbcTemplate jdbc;
    private final double minAreaM2;
    private final double maxAreaM2;
    private final double overlapToleranceM2;

    GeometryCheck(JdbcTemplate jdbc,
                  @Value("${actionmap.land.min-area-m2:50}") double minAreaM2,
                  @Value("${actionmap.land.max-area-m2:20000000}") double maxAreaM2,
                  @Value("${actionmap.land.overlap-tolerance-m2:10}") double overlapToleranceM2) {
        this.jdbc = jdbc;
        this.minAreaM2 = minAreaM2;
        this.maxAreaM2 = maxAreaM2;
        this.overlapToleranceM2 = overlapToleranceM2;
    }

    double minAreaM2() {
        return minAreaM2;
    }

    double maxAreaM2() {
        return maxAreaM2;
    }

    double overlapToleranceM2() {
        return overlapToleranceM2;
    }

    /** The geometry's problems (empty when it may be saved) and, when it is valid, where it lies. */
    Result check(String geoJson, Long parcelId) {
        Optional<GeometryProblem> shape = OutlineShape.problem(jdbc, geoJson, "parcel", true, false);
        if (shape.isPresent()) {
            return Result.refused(shape.get());
        }
        List<GeometryProblem> problems = new ArrayList<>();
        double area = jdbc.queryForObject("select st_area(%s::geography)".formatted(INPUT), Double.class, geoJson);
        if (area < minAreaM2) {
            problems.add(new GeometryProblem(new UserMessageException("parcel.problem.too-small", area, minAreaM2), null, null));
        } else if (area > maxAreaM2) {
            problems.add(new GeometryProblem(new UserMessageException("parcel.problem.too-large", area / ParcelDetails.SQUARE_METRES_PER_MU,
                    maxAreaM2 / ParcelDetails.SQUARE_METRES_PER_MU), null, null));
        }
        Placement placement = placement(geoJson);
        if (placement.zoneId() == null) {
            problems.add(new GeometryProblem(new UserMessageException("parcel.problem.outside-zones"), null, null));
        }
        jdbc.query("""
                select p.code, st_area(x.overlap::geography) as area, st_asgeojson(x.overlap, 7) as where_
                  from parcel p, (select %s as geom) as g,
                       lateral (select st_intersection(p.geom, g.geom) as overlap) as x
                 where p.deleted_at is null and p.id <> ? and p.geom && g.geom and st_intersects(p.geom, g.geom)
                 order by p.code
                """.formatted(INPUT), rs -> {
            double overlap = rs.getDouble("area");
            if (overlap > overlapToleranceM2) {
                problems.add(new GeometryProblem(new UserMessageException("parcel.problem.overlap", rs.getString("code"), overlap),
                        rs.getString("where_"), null));
            }
        }, geoJson, parcelId == null ? -1L : parcelId);
        return new Result(problems, placement, area);
    }

    Placement placement(String geoJson) {
        return jdbc.queryForObject("with g as (select %s as geom) select pl.* from g cross join lateral (%s) as pl"
                .formatted(INPUT, placementOf("g.geom")), (rs, n) -> new Placement(rs.getObject("zone_id", Long.class), rs.getString("zone_kind"),
                rs.getObject("township_id", Long.class)), geoJson);
    }

    record Result(List<GeometryProblem> problems, Placement placement, double areaM2) {
        static Result refused(GeometryProblem problem) {
            return new Result(List.of(problem), Placement.NOWHERE, 0);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }
}
