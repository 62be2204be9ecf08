package org.actionmap.land;

import org.actionmap.ActionMapTest;
import org.actionmap.collaboration.ObjectLinks;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Zones created on PostGIS: by administrators only; the geodesic area, the change log and the parcels under a new EDZ
 * area moved into it (so the EDZ's staff edit them, the township's no longer); fields, units and outlines refused with
 * their places and nothing written. Each test is rolled back.
 */
@ActionMapTest
@Transactional
class ZoneEditServiceTest {

    /** About 1 km × 1.1 km here: a plausible zone. */
    static final double HALF = 0.005;

    @Autowired
    ZoneEditService zones;
    @Autowired
    ParcelEditService parcelEdit;
    @Autowired
    ParcelService parcels;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ObjectLinks> links;

    /** A square inside a township's outline, clear of every EDZ area, park and parcel by its own size. */
    String freeSquareIn(String townshipCode) {
        return jdbc.queryForObject("""
                select st_asgeojson(st_expand(pt, ?), 9)
                  from (select (st_dump(st_generatepoints(z.geom, 400, 5))).geom as pt from zone z where z.code = ?) as c
                 where st_within(st_expand(pt, ?), (select geom from zone where code = ?))
                   and not exists (select 1 from zone o where o.kind <> 'TOWNSHIP' and st_dwithin(o.geom, pt, ? * 2))
                   and not exists (select 1 from parcel p where st_dwithin(p.geom, pt, ? * 2))
                 order by st_x(pt), st_y(pt) limit 1
                """, String.class, HALF, townshipCode, HALF, townshipCode, HALF, HALF);
    }

    String centredSquare(String around, double half) {
        return jdbc.queryForObject("select st_asgeojson(st_expand(st_centroid(st_setsrid(st_geomfromgeojson(?), 4326)), ?), 9)",
                String.class, around, half);
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void anAdministratorsNewEdzAreaTakesTheParcelsUnderItAwayFromTheTownshipToTheEdz() {
        String area = freeSquareIn("TS-XIANGXI");
        // the township's staff draw a parcel in the middle: a township parcel, theirs to edit
        ParcelDetails before = runAs.user("xiangxi", () -> parcelEdit.save(new ParcelDraft(null, 0, "T-ZONE-P1", "香溪地块",
                "industrial", ParcelPurpose.NEW_INDUSTRIAL, ParcelStatus.ACQUIRED, Map.of(ParcelStatus.ACQUIRED,
                LocalDate.of(2011, 6, 1)), Set.of(), null, centredSquare(area, 0.0005))));
        assertThat(before.zoneCode()).isEqualTo("TS-XIANGXI");
        assertThat(runAs.user("edz", () -> parcelEdit.mayEdit(before))).isFalse();

        ZoneSummary created = runAs.user("admin", () -> zones.create(new ZoneDraft(" T-EDZ-NEW ", ZoneKind.EDZ_AREA,
                "经济开发区香溪片", null, null, area)));

        assertThat(created.code()).isEqualTo("T-EDZ-NEW");
        assertThat(created.nameEn()).as("the Chinese name stands in for a missing English one").isEqualTo("经济开发区香溪片");
        Map<String, Object> stored = jdbc.queryForMap("""
                select z.kind, z.area_m2, z.illustrative, u.code as unit, st_area(st_setsrid(st_geomfromgeojson(?), 4326)::geography) as drawn
                  from zone z join org_unit u on u.id = z.unit_id where z.code = 'T-EDZ-NEW'
                """, area);
        assertThat(stored.get("kind")).isEqualTo("EDZ_AREA");
        assertThat(stored.get("unit")).as("the EDZ's unit when none is named").isEqualTo("EDZ");
        assertThat(stored.get("illustrative")).isEqualTo(false);
        assertThat((Double) stored.get("drawn")).isGreaterThan(1_000_000);
        assertThat((Double) stored.get("area_m2")).isCloseTo((Double) stored.get("drawn"), within(0.01));

        Map<String, Object> logged = jdbc.queryForMap(
                "select actor, action, label_zh, snapshot ->> 'kind' as kind from change_log where kind = 'zone' and object_id = ?",
                created.id());
        assertThat(logged).containsEntry("actor", "admin").containsEntry("action", "CREATED")
                .containsEntry("label_zh", "经济开发区香溪片").containsEntry("kind", "EDZ_AREA");
        assertThat(links.stream().map(l -> l.linkFor(LandSnapshots.ZONE, "T-EDZ-NEW")).flatMap(Optional::stream))
                .containsExactly("map?zone=T-EDZ-NEW");

        ParcelDetails after = parcels.findByCode("T-ZONE-P1").orElseThrow();
        assertThat(after.zoneCode()).isEqualTo("T-EDZ-NEW");
        assertThat(after.zoneKind()).isEqualTo("EDZ_AREA");
        assertThat(after.townshipUnitId()).as("still in Xiangxi's outline").isEqualTo(before.townshipUnitId());
        assertThat(runAs.user("edz", () -> parcelEdit.mayEdit(after))).isTrue();
        assertThat(runAs.user("xiangxi", () -> parcelEdit.mayEdit(after))).isFalse();
        // the parcel's history says the administrator's new zone took it, after the zone's own entry
        assertThat(after.version()).isEqualTo(before.version() + 1);
        Map<String, Object> moved = jdbc.queryForMap("""
                select actor, action, snapshot ->> 'zone_id' as zone_id, id > (select max(id) from change_log
                        where kind = 'zone' and object_id = ?) as after_zone
                  from change_log where kind = 'parcel' and object_id = ? order by id desc limit 1
                """, created.id(), after.id());
        assertThat(moved).containsEntry("actor", "admin").containsEntry("action", "UPDATED")
                .containsEntry("zone_id", String.valueOf(created.id())).containsEntry("after_zone", true);
        // parcels the new zone does not take keep their version and get no entry
        assertThat(count("select count(*) from change_log where kind = 'parcel' and actor = 'admin' and object_id <> "
                + after.id() + " and at >= (select at from change_log where kind = 'zone' and object_id = " + created.id() + ")"))
                .isZero();
        // and the EDZ's staff may now change it, which the township's staff may not
        assertThat(runAs.user("edz", () -> parcelEdit.save(new ParcelDraft(after.id(), after.version(), after.code(), "开发区地块",
                after.landUse(), after.purpose(), after.status(), after.steps(), Set.of(), null,
                centredSquare(area, 0.0005)))).name()).isEqualTo("开发区地块");
    }

    @Test
    void onlyAdministratorsCreateZonesAndARefusalWritesNothing() {
        String area = freeSquareIn("TS-XIANGXI");
        int zonesBefore = count("select count(*) from zone");
        int logged = count("select count(*) from change_log");
        for (String user : List.of("land", "edz", "xiangxi", "leader")) {
            assertThatThrownBy(() -> runAs.user(user, () -> zones.create(new ZoneDraft("T-NOT-ADMIN", ZoneKind.EDZ_AREA,
                    "开发区新片", null, null, area))))
                    .as(user).isInstanceOfSatisfying(NotPermittedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.permission.admin-only"));
            assertThat(runAs.user(user, () -> zones.mayCreate())).as(user).isFalse();
        }
        assertThat(runAs.user("admin", () -> zones.mayCreate())).isTrue();
        assertThat(count("select count(*) from zone")).isEqualTo(zonesBefore);
        assertThat(count("select count(*) from change_log")).isEqualTo(logged);
    }

    @Test
    void outlinesThatCrossThemselvesOverlapLieOutsideTheCountyOrMakeNoSenseAreRefusedWithTheirPlaces() {
        int zonesBefore = count("select count(*) from zone");
        int logged = count("select count(*) from change_log");
        String bowTie = """
                {"type":"Polygon","coordinates":[[[119.40,29.30],[119.42,29.32],[119.42,29.30],[119.40,29.32],[119.40,29.30]]]}""";
        assertThat(refusal(ZoneKind.EDZ_AREA, null, bowTie)).singleElement().satisfies(p -> {
            assertThat(p.message().messageKey()).isEqualTo("zone.problem.self-intersection");
            assertThat(p.where()).contains("Point").contains("119.41").contains("29.31");
        });
        // over the Lanjiang EDZ area by a whole corner, and a park over an EDZ area is refused like an EDZ area
        String overLanjiang = jdbc.queryForObject(
                "select st_asgeojson(st_translate(geom, 0.02, 0.01), 9) from zone where code = 'EDZ-LJ'", String.class);
        assertThat(refusal(ZoneKind.EDZ_AREA, null, overLanjiang)).anySatisfy(p -> {
            assertThat(p.message().messageKey()).isEqualTo("zone.problem.overlap");
            assertThat(p.message().args()[0]).isEqualTo("EDZ-LJ");
            assertThat((Double) p.message().args()[1]).isGreaterThan(1_000_000);
            assertThat(p.where()).contains("Polygon");
        });
        String inLanjiang = jdbc.queryForObject(
                "select st_asgeojson(st_expand(st_centroid(geom), 0.004), 9) from zone where code = 'EDZ-LJ'", String.class);
        String lanjiangTownship = jdbc.queryForObject("""
                select u.code from zone z join org_unit u on u.id = z.unit_id
                 where z.kind = 'TOWNSHIP' and st_intersects(z.geom, (select st_centroid(geom) from zone where code = 'EDZ-LJ'))
                """, String.class);
        assertThat(refusal(ZoneKind.TOWNSHIP_PARK, lanjiangTownship, inLanjiang)).extracting(p -> p.message().messageKey())
                .contains("zone.problem.overlap");
        // half of it beyond the county's edge: the part outside is marked
        String acrossTheEdge = jdbc.queryForObject("""
                select st_asgeojson(st_expand(st_makepoint(st_xmax(c.g), st_y(st_pointonsurface(c.g))), 0.01), 9)
                  from (select st_union(geom) as g from zone where kind = 'TOWNSHIP') as c
                """, String.class);
        assertThat(refusal(ZoneKind.EDZ_AREA, null, acrossTheEdge)).anySatisfy(p -> {
            assertThat(p.message().messageKey()).isEqualTo("zone.problem.outside-county");
            assertThat((Double) p.message().args()[0]).isGreaterThan(100_000);
            assertThat(p.where()).contains("Polygon");
        });
        // a park named for Zhuge but drawn in Xiangxi, named in the administrator's language
        String inXiangxi = freeSquareIn("TS-XIANGXI");
        assertThat(refusal(ZoneKind.TOWNSHIP_PARK, "ZHUGE", inXiangxi)).singleElement().satisfies(p -> {
            assertThat(p.message().messageKey()).isEqualTo("zone.problem.not-in-its-township");
            assertThat(p.message().args()[0]).isEqualTo("诸葛镇");
            assertThat(p.where()).contains("Point");
        });
        assertThat(refusal(ZoneKind.EDZ_AREA, null, centredSquare(inXiangxi, 0.0002)))
                .extracting(p -> p.message().messageKey()).containsExactly("zone.problem.too-small");
        assertThat(refusal(ZoneKind.EDZ_AREA, null, "{\"type\":\"LineString\",\"coordinates\":[[119.46,29.22],[119.47,29.23]]}"))
                .extracting(p -> p.message().messageKey()).containsExactly("zone.problem.not-polygon");
        assertThat(refusal(ZoneKind.EDZ_AREA, null, "{not json")).extracting(p -> p.message().messageKey())
                .containsExactly("zone.problem.unreadable");
        assertThat(refusal(ZoneKind.EDZ_AREA, null, null)).extracting(p -> p.message().messageKey())
                .containsExactly("zone.problem.no-geometry");
        String metres = "{\"type\":\"Polygon\",\"coordinates\":[[[500000,3230000],[501000,3230000],[501000,3231000],[500000,3230000]]]}";
        assertThat(refusal(ZoneKind.EDZ_AREA, null, metres)).extracting(p -> p.message().messageKey())
                .containsExactly("zone.problem.not-lon-lat");

        assertThat(count("select count(*) from zone")).isEqualTo(zonesBefore);
        assertThat(count("select count(*) from change_log")).isEqualTo(logged);
    }

    List<GeometryProblem> refusal(ZoneKind kind, String unit, String geometry) {
        try {
            runAs.user("admin", () -> zones.create(new ZoneDraft("T-REFUSED", kind, "测试区域", "Test zone", unit, geometry)));
        } catch (ZoneRefusedException e) {
            return e.problems();
        }
        throw new AssertionError("the zone was not refused");
    }

    @Test
    void aParkNamedByItsTownshipsChineseNamePassesWhileTakenCodesMissingNamesAndWrongUnitsAreRefused() {
        String inXiangxi = freeSquareIn("TS-XIANGXI");
        assertThat(fieldRefusal(new ZoneDraft("EDZ-LJ", ZoneKind.EDZ_AREA, "重复", null, null, inXiangxi)))
                .isEqualTo("zone.error.code-taken");
        assertThat(fieldRefusal(new ZoneDraft("有空格 的编号", ZoneKind.EDZ_AREA, "编号", null, null, inXiangxi)))
                .isEqualTo("zone.error.code-format");
        assertThat(fieldRefusal(new ZoneDraft("T-NOKIND", null, "无类型", null, null, inXiangxi))).isEqualTo("zone.error.kind");
        assertThat(fieldRefusal(new ZoneDraft("T-NONAME", ZoneKind.EDZ_AREA, " ", "English only", null, inXiangxi)))
                .isEqualTo("zone.error.name-zh");
        assertThat(fieldRefusal(new ZoneDraft("T-NOUNIT", ZoneKind.TOWNSHIP_PARK, "无乡镇园区", null, null, inXiangxi)))
                .isEqualTo("zone.error.unit-missing");
        assertThat(fieldRefusal(new ZoneDraft("T-UNKNOWN", ZoneKind.TOWNSHIP_PARK, "园区", null, "不存在的镇", inXiangxi)))
                .isEqualTo("zone.error.unit-unknown");
        assertThat(fieldRefusal(new ZoneDraft("T-BUREAU", ZoneKind.TOWNSHIP_PARK, "园区", null, "LAND", inXiangxi)))
                .isEqualTo("zone.error.unit-not-township");
        assertThat(fieldRefusal(new ZoneDraft("T-EDZTOWN", ZoneKind.EDZ_AREA, "片区", null, "XIANGXI", inXiangxi)))
                .isEqualTo("zone.error.unit-not-edz");
        assertThat(fieldRefusal(new ZoneDraft("T-SECOND", ZoneKind.TOWNSHIP, "香溪镇", null, "XIANGXI", inXiangxi)))
                .isEqualTo("zone.error.township-has-outline");
        assertThat(count("select count(*) from zone where code like 'T-%'")).isZero();

        ZoneSummary park = runAs.user("admin", () -> zones.create(new ZoneDraft("T-TP-NEW", ZoneKind.TOWNSHIP_PARK,
                "香溪镇新材料园", "Xiangxi new materials park", "香溪镇", inXiangxi)));
        assertThat(park.kind()).isEqualTo("TOWNSHIP_PARK");
        assertThat(jdbc.queryForObject("select u.code from zone z join org_unit u on u.id = z.unit_id where z.code = 'T-TP-NEW'",
                String.class)).isEqualTo("XIANGXI");
        // the same code again, now taken by the park
        assertThat(fieldRefusal(new ZoneDraft("T-TP-NEW", ZoneKind.EDZ_AREA, "重复", null, null, freeSquareIn("TS-ZHUGE"))))
                .isEqualTo("zone.error.code-taken");
    }

    String fieldRefusal(ZoneDraft draft) {
        try {
            runAs.user("admin", () -> zones.create(draft));
        } catch (ZoneRefusedException e) {
            throw new AssertionError("refused for its outline, not its fields: " + e.messageKey());
        } catch (UserMessageException e) {
            return e.messageKey();
        }
        throw new AssertionError("the zone was not refused");
    }
}
