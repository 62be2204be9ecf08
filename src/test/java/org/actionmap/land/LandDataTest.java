package org.actionmap.land;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.actionmap.ActionMapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Zones and parcels in PostGIS: geodesic areas, zones and townships from the geometry. */
@ActionMapTest
class LandDataTest {

    @Autowired
    ParcelService parcels;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParcelsStoredAreaMatchesAnIndependentGeodesicComputation() {
        ParcelDetails parcel = parcels.findByCode("DS-N02").orElseThrow();
        // the same ring, measured on the WGS84 ellipsoid by GeographicLib (Karney's algorithm)
        PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
        jdbc.query("select st_x(dp.geom), st_y(dp.geom) from parcel p, st_dumppoints(st_exteriorring(st_geometryn(p.geom, 1))) dp"
                        + " where p.code = 'DS-N02' order by dp.path",
                (rs, n) -> {
                    polygon.AddPoint(rs.getDouble(2), rs.getDouble(1));
                    return null;
                });
        double geographicLib = Math.abs(polygon.Compute().area);
        assertThat(parcel.areaM2()).isCloseTo(geographicLib, within(geographicLib * 1e-6));
        assertThat(parcel.areaMu()).isCloseTo(parcel.areaM2() / 666.6667, within(0.01));
    }

    @Test
    void aParcelGetsTheZoneThatHoldsItAndATownshipParksTownship() {
        ParcelDetails dengsheng = parcels.findByCode("DS-S03").orElseThrow();
        assertThat(dengsheng.zoneCode()).isEqualTo("EDZ-LJ");
        ParcelDetails xiangxi = parcels.findByCode("XX-01").orElseThrow();
        assertThat(xiangxi.zoneCode()).isEqualTo("TP-XIANGXI");
        Long xiangxiTown = jdbc.queryForObject("select id from org_unit where code = 'XIANGXI'", Long.class);
        assertThat(xiangxi.townshipUnitId()).isEqualTo(xiangxiTown);
    }

    @Test
    void everyDemoParcelIsFlaggedIllustrativeAndHasAPlausibleArea() {
        assertThat(parcels.findAll()).hasSize(84).allSatisfy(p -> {
            assertThat(p.illustrative()).isTrue();
            assertThat(p.areaMu()).isBetween(20.0, 400.0);
            assertThat(p.status().workflow()).contains(p.status());
        });
    }

    @Test
    void demoParcelsDoNotOverlapEachOtherAndLieInsideAZone() {
        Integer overlapping = jdbc.queryForObject("""
                select count(*) from parcel a join parcel b on a.id < b.id and a.geom && b.geom
                 where st_area(st_intersection(a.geom, b.geom)::geography) > 1
                """, Integer.class);
        assertThat(overlapping).isZero();
        assertThat(parcels.findAll()).allSatisfy(p -> assertThat(p.zoneCode()).as(p.code()).isNotNull());
    }

    @Test
    void aStatusStepHasTheStepsBeforeItWithEarlierDates() {
        for (ParcelDetails p : parcels.findAll()) {
            var workflow = p.status().workflow();
            for (int i = 1; i <= workflow.indexOf(p.status()); i++) {
                assertThat(p.steps()).as("%s reached %s", p.code(), workflow.get(i)).containsKey(workflow.get(i));
                if (i > 1) {
                    assertThat(p.steps().get(workflow.get(i))).isAfterOrEqualTo(p.steps().get(workflow.get(i - 1)));
                }
            }
        }
    }
}
