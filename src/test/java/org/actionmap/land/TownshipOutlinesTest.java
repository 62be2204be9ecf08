package org.actionmap.land;

import org.actionmap.ActionMapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's illustrative township outlines (gis-data/tools/township_outlines.py) as loaded into PostGIS: one
 * per township unit, a partition of the county without overlaps, and holding the parks, parcels and EDZ areas.
 */
@ActionMapTest
class TownshipOutlinesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTownshipUnitHasOneIllustrativeOutlineLinkedToIt() {
        List<Map<String, Object>> outlines = jdbc.queryForList("""
                select z.code, z.illustrative, u.code as unit, u.kind as unit_kind
                  from zone z left join org_unit u on u.id = z.unit_id
                 where z.kind = 'TOWNSHIP'
                """);
        assertThat(outlines).hasSize(16).allSatisfy(z -> {
            assertThat(z.get("unit_kind")).as("%s unit", z.get("code")).isEqualTo("TOWNSHIP");
            assertThat(z.get("code")).isEqualTo("TS-" + z.get("unit"));
            assertThat(z.get("illustrative")).isEqualTo(true);
        });
        Integer townshipsWithoutOutline = jdbc.queryForObject("""
                select count(*) from org_unit u where u.kind = 'TOWNSHIP'
                   and not exists (select 1 from zone z where z.kind = 'TOWNSHIP' and z.unit_id = u.id)
                """, Integer.class);
        assertThat(townshipsWithoutOutline).isZero();
    }

    @Test
    void outlinesAreValidSinglePolygonsOfPlausibleSize() {
        List<Map<String, Object>> bad = jdbc.queryForList("""
                select code, st_isvalidreason(geom) as reason, st_numgeometries(geom) as parts, area_m2
                  from zone where kind = 'TOWNSHIP'
                   and (not st_isvalid(geom) or st_numgeometries(geom) <> 1 or area_m2 not between 2e7 and 1.6e8)
                """);
        assertThat(bad).isEmpty();
        Double county = jdbc.queryForObject("select sum(area_m2) / 1e6 from zone where kind = 'TOWNSHIP'", Double.class);
        assertThat(county).isBetween(1250.0, 1380.0);   // Lanxi: about 1,313 km²
    }

    @Test
    void noTwoOutlinesOverlapAndTogetherTheyFormOneCountyWithoutHoles() {
        List<String> overlapping = jdbc.queryForList("""
                select a.code || ' / ' || b.code
                  from zone a join zone b on a.id < b.id and a.geom && b.geom
                 where a.kind = 'TOWNSHIP' and b.kind = 'TOWNSHIP'
                   and st_area(st_intersection(a.geom, b.geom)::geography) > 1
                """, String.class);
        assertThat(overlapping).isEmpty();
        Map<String, Object> county = jdbc.queryForMap("""
                select st_numgeometries(u) as parts, st_numinteriorrings(st_geometryn(u, 1)) as holes
                  from (select st_union(geom) as u from zone where kind = 'TOWNSHIP') s
                """);
        assertThat(county).containsEntry("parts", 1).containsEntry("holes", 0);
    }

    @Test
    void everyTownshipParkLiesInsideItsOwnTownshipsOutline() {
        List<String> outside = jdbc.queryForList("""
                select park.code from zone park
                 where park.kind = 'TOWNSHIP_PARK'
                   and not exists (select 1 from zone t where t.kind = 'TOWNSHIP' and t.unit_id = park.unit_id
                                      and st_covers(t.geom, park.geom))
                """, String.class);
        assertThat(outside).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from zone where kind = 'TOWNSHIP_PARK'", Integer.class)).isEqualTo(6);
    }

    @Test
    void everyParcelLiesInsideExactlyOneOutlineAndAParkParcelInItsParksTownship() {
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                select p.code, (select count(*) from zone t where t.kind = 'TOWNSHIP' and st_covers(t.geom, p.geom)) as outlines
                  from parcel p
                 where p.deleted_at is null
                   and (select count(*) from zone t where t.kind = 'TOWNSHIP' and st_covers(t.geom, p.geom)) <> 1
                """);
        assertThat(wrong).isEmpty();
        List<String> parkParcelsElsewhere = jdbc.queryForList("""
                select p.code from parcel p
                  join zone park on park.kind = 'TOWNSHIP_PARK' and st_covers(park.geom, p.geom)
                  join zone t on t.kind = 'TOWNSHIP' and st_covers(t.geom, p.geom)
                 where t.unit_id is distinct from park.unit_id
                """, String.class);
        assertThat(parkParcelsElsewhere).isEmpty();
        Integer parkParcels = jdbc.queryForObject("""
                select count(*) from parcel p join zone park on park.kind = 'TOWNSHIP_PARK' and st_covers(park.geom, p.geom)
                """, Integer.class);
        assertThat(parkParcels).isEqualTo(60);
    }

    @Test
    void aParcelsZoneIsItsParkOrEdzAreaNotATownshipOutline() {
        // a parcel lies wholly inside both its park (or EDZ area) and a township outline: the loader must pick the
        // park or EDZ area, not the outline, although both hold all of the parcel
        List<String> inOutline = jdbc.queryForList("""
                select p.code from parcel p join zone z on z.id = p.zone_id where z.kind = 'TOWNSHIP'
                """, String.class);
        assertThat(inOutline).isEmpty();
    }

    @Test
    void theEdzAreasLieInsideSubdistrictOutlines() {
        // Lanjiang area east of the old city in 兰江街道; Jiangnan area south of the confluence in 上华街道
        Map<String, String> expected = Map.of("EDZ-LJ", "LANJIANG", "EDZ-JN", "SHANGHUA");
        expected.forEach((area, township) -> {
            List<String> covering = jdbc.queryForList("""
                    select u.code from zone edz
                      join zone t on t.kind = 'TOWNSHIP' and st_covers(t.geom, edz.geom)
                      join org_unit u on u.id = t.unit_id
                     where edz.code = ?
                    """, String.class, area);
            assertThat(covering).as(area).containsExactly(township);
        });
        List<String> subdistricts = jdbc.queryForList("""
                select u.name_zh from org_unit u where u.code in ('LANJIANG', 'SHANGHUA')
                """, String.class);
        assertThat(subdistricts).hasSize(2).allSatisfy(name -> assertThat(name).endsWith("街道"));
    }
}
