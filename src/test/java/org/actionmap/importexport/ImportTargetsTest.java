package org.actionmap.importexport;

import org.actionmap.ActionMapTest;
import org.actionmap.importexport.imports.ImportMapping;
import org.actionmap.importexport.imports.ImportProblem;
import org.actionmap.importexport.imports.ImportProgress;
import org.actionmap.importexport.imports.ImportRefusedException;
import org.actionmap.importexport.imports.ImportReport;
import org.actionmap.importexport.imports.ImportService;
import org.actionmap.importexport.imports.ImportTarget;
import org.actionmap.importexport.imports.ImportUpload;
import org.actionmap.importexport.imports.StagedImport;
import org.actionmap.importexport.imports.ImportCrs;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Sites, power lines and zones from real files made by ogr2ogr, on PostGIS: a GeoPackage of sites in CGCS2000 with Chinese
 * names, kinds and statuses as the app labels them and dates, against the coordinates and text it was made from; a
 * Shapefile of a line in Gauss-Kruger CM 120° whose stored length is PostGIS's geodesic length of the line drawn; a
 * site file naming another unit refused for every feature with nothing written; a station in another city imported
 * while a project there is refused by the site module; a township's outline with a park and an EDZ area inside it
 * from a GeoPackage in Gauss-Kruger CM 120° by the administrator, and a Shapefile of zones that overlap each other or
 * name the wrong township refused whole. Each test is rolled back.
 */
@ActionMapTest
@Transactional
class ImportTargetsTest {

    private static final double HALF = 0.0006;
    private static final ImportMapping SITE_FIELDS = new ImportMapping(Map.of("code", "code", "nameZh", "name",
            "kind", "kind", "status", "status", "startedOn", "started", "completedOn", "completed", "unit", "unit"),
            Map.of());

    @Autowired
    ImportService imports;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    List<double[]> squares;

    @BeforeEach
    void findFreeLand() {
        squares = ImportFiles.freeSquares(jdbc, 3, HALF);
        assertThat(squares).hasSize(3);
    }

    @Test
    void eachTargetProposesTheFieldsSurveysNameInEnglishOrChineseEachOnce() {
        assertThat(ImportTarget.ZONES.suggestedSources(List.of("Code", "NAME_ZH", "Name-En", "kind", "乡镇")))
                .containsExactly(entry("code", "Code"), entry("nameZh", "NAME_ZH"), entry("nameEn", "Name-En"),
                        entry("kind", "kind"), entry("zoneUnit", "乡镇"));
        assertThat(ImportTarget.SUBSTATIONS.suggestedSources(List.of("编号", "中文名称", "英文名称", "电压等级", "类型", "备注")))
                .containsExactly(entry("code", "编号"), entry("nameZh", "中文名称"), entry("nameEn", "英文名称"),
                        entry("voltageKv", "电压等级"), entry("kind", "类型"), entry("notes", "备注"));
        // a file's "name" is a parcel's name, and a site's Chinese name; a field fills one target field only
        assertThat(ImportTarget.PARCELS.suggestedSources(List.of("code", "name", "名称"))).containsExactly(
                entry("code", "code"), entry("name", "name"));
        assertThat(ImportTarget.SITES.suggestedSources(List.of("name", "name_en", "type", "unit")))
                .containsExactly(entry("nameZh", "name"), entry("nameEn", "name_en"), entry("kind", "type"), entry("unit", "unit"));
        // a Chinese survey's 土地用途 is the land use and its 用途 the purpose (新增工业用地, 低效闲置用地清理)
        assertThat(ImportTarget.PARCELS.suggestedSources(List.of("编号", "名称", "用途", "土地用途", "备注"))).containsExactly(
                entry("code", "编号"), entry("name", "名称"), entry("landUse", "土地用途"), entry("purpose", "用途"), entry("notes", "备注"));
        assertThat(ImportTarget.LINES.suggestedSources(List.of("fid", "shape_len"))).isEmpty();
    }

    static String point(double[] c) {
        return "{\"type\":\"Point\",\"coordinates\":[%.9f,%.9f]}".formatted(c[0], c[1]);
    }

    ImportUpload receive(String user, Path file) {
        return runAs.user(user, () -> {
            try {
                return imports.receive(file.getFileName().toString(), Files.newInputStream(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    StagedImport stage(String user, ImportUpload upload) {
        return runAs.user(user, () -> imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE));
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** A key project under construction (a point) and a completed technical transformation (an outline), in Chinese. */
    Path sitesGeoPackage(String unitColumn) throws Exception {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("code", "IMP-SITE-1");
        point.put("name", "兰江街道智能装备产业园");
        point.put("kind", "重点项目");
        point.put("status", "在建");
        point.put("started", "2011-04-18");
        point.put("unit", unitColumn);
        Map<String, Object> outline = new LinkedHashMap<>();
        outline.put("code", "IMP-SITE-2");
        outline.put("name", "纺织印染技改工程");
        outline.put("kind", "TECH_TRANSFORMATION");
        outline.put("status", "COMPLETED");
        outline.put("started", "2011/03/01");
        outline.put("completed", "2011年8月30日");
        outline.put("unit", unitColumn);
        Path source = ImportFiles.write(dir, "sites.geojson", ImportFiles.collection(List.of(
                entry(point, point(squares.get(0))), entry(outline, ImportFiles.square(squares.get(1), HALF)))));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "GPKG", "sites.gpkg", source.toString(), "-t_srs", "EPSG:4490",
                "-nln", "项目点位");
        return dir.resolve("sites.gpkg");
    }

    @Test
    void aGeoPackageOfSitesInCgcs2000LandsWhereItWasWithItsChineseTextStatusAndDates() throws Exception {
        ImportUpload upload = receive("trade", sitesGeoPackage("ECON_TRADE"));
        assertThat(upload.layers()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("项目点位");
            assertThat(l.detected()).isEqualTo(ImportCrs.CGCS2000);
        });
        StagedImport staged = stage("trade", upload);
        assertThat(runAs.user("trade", () -> imports.targets())).contains(ImportTarget.SITES);
        int written = runAs.user("trade", () -> imports.commit(staged, ImportTarget.SITES, SITE_FIELDS, ImportProgress.NONE).features());
        assertThat(written).isEqualTo(2);

        Map<String, Object> point = jdbc.queryForMap("""
                select s.name_zh, s.kind, s.status, s.started_on, s.completed_on, u.code as unit, geometrytype(s.geom) as type,
                       st_distance(st_transform(s.geom, 4549), st_transform(st_setsrid(st_makepoint(?, ?), 4326), 4549)) as off
                  from site s join org_unit u on u.id = s.responsible_unit_id where s.code = 'IMP-SITE-1'
                """, squares.get(0)[0], squares.get(0)[1]);
        assertThat(point.get("name_zh")).isEqualTo("兰江街道智能装备产业园");
        assertThat(point.get("kind")).isEqualTo("KEY_PROJECT");
        assertThat(point.get("status")).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(((java.sql.Date) point.get("started_on")).toLocalDate()).isEqualTo(LocalDate.of(2011, 4, 18));
        assertThat(point.get("completed_on")).isNull();
        assertThat(point.get("unit")).isEqualTo("ECON_TRADE");
        assertThat(point.get("type")).isEqualTo("POINT");
        assertThat((Double) point.get("off")).isLessThan(0.01);

        Map<String, Object> outline = jdbc.queryForMap("""
                select s.name_zh, s.name_en, s.kind, s.status, s.started_on, s.completed_on, s.area_m2,
                       st_hausdorffdistance(st_transform(s.geom, 4549),
                                            st_transform(st_setsrid(st_geomfromgeojson(?), 4326), 4549)) as off
                  from site s where s.code = 'IMP-SITE-2'
                """, ImportFiles.square(squares.get(1), HALF));
        assertThat(outline.get("name_zh")).isEqualTo("纺织印染技改工程");
        assertThat(outline.get("name_en")).isEqualTo("纺织印染技改工程");
        assertThat(outline.get("kind")).isEqualTo("TECH_TRANSFORMATION");
        assertThat(outline.get("status")).isEqualTo("COMPLETED");
        assertThat(((java.sql.Date) outline.get("started_on")).toLocalDate()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(((java.sql.Date) outline.get("completed_on")).toLocalDate()).isEqualTo(LocalDate.of(2011, 8, 30));
        assertThat((Double) outline.get("off")).isLessThan(0.01);
        Double geodesic = jdbc.queryForObject("select st_area(st_setsrid(st_geomfromgeojson(?), 4326)::geography)",
                Double.class, ImportFiles.square(squares.get(1), HALF));
        assertThat((Double) outline.get("area_m2")).isCloseTo(geodesic, within(1.0));
        assertThat(count("select count(*) from change_log where kind = 'site' and code like 'IMP-SITE-%' and action = 'CREATED'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from import_staging")).isZero();
    }

    @Test
    void anotherUnitsStaffCannotImportItsSitesAndNothingIsWritten() throws Exception {
        Path file = sitesGeoPackage("ECON_TRADE");
        int sites = count("select count(*) from site");
        int logged = count("select count(*) from change_log");

        // the land bureau may import sites of its own, not the Economic and Trade Bureau's
        ImportUpload upload = receive("land", file);
        StagedImport staged = stage("land", upload);
        ImportReport check = runAs.user("land", () -> imports.check(staged, ImportTarget.SITES, SITE_FIELDS, ImportProgress.NONE));
        assertThat(check.importable()).isFalse();
        assertThat(check.problems()).extracting(ImportProblem::featureNumber).containsExactly(1, 2);
        assertThat(check.problems()).allSatisfy(p -> assertThat(p.message().messageKey()).isEqualTo("site.error.not-responsible"));
        assertThatThrownBy(() -> runAs.user("land", () -> imports.commit(staged, ImportTarget.SITES, SITE_FIELDS, ImportProgress.NONE)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.report().problems()).hasSize(2));

        // the unit not named either: the sites would be the land bureau's own, which a check finds importable
        ImportMapping ownUnit = new ImportMapping(Map.of("code", "code", "nameZh", "name", "kind", "kind",
                "status", "status", "startedOn", "started", "completedOn", "completed"), Map.of());
        assertThat(runAs.user("land", () -> imports.check(staged, ImportTarget.SITES, ownUnit, ImportProgress.NONE)).importable())
                .isTrue();
        // leaders and administrators import no sites at all
        assertThat(runAs.user("leader", () -> imports.targets())).isEmpty();
        assertThat(runAs.user("admin", () -> imports.targets())).doesNotContain(ImportTarget.SITES);

        assertThat(count("select count(*) from site")).isEqualTo(sites);
        assertThat(count("select count(*) from site where code like 'IMP-SITE-%'")).isZero();
        assertThat(count("select count(*) from change_log")).isEqualTo(logged);
    }

    @Test
    void aShapefileLineInGaussKrugerCm120IsStoredWithItsGeodesicLength() throws Exception {
        double[] a = squares.get(0);
        double[] b = squares.get(2);
        String line = "{\"type\":\"LineString\",\"coordinates\":[[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f]]}".formatted(
                a[0], a[1], (a[0] + b[0]) / 2 + 0.001, (a[1] + b[1]) / 2, b[0], b[1]);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", "IMP-L-1");
        props.put("zh", "开发区10千伏线路");
        props.put("en", "EDZ 10 kV line");
        props.put("kv", "10kV");
        Path source = ImportFiles.write(dir, "line.geojson", ImportFiles.collection(List.of(entry(props, line))));
        Files.createDirectory(dir.resolve("shp"));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "ESRI Shapefile", "shp/lines.shp", source.toString(), "-t_srs", "EPSG:4549",
                "-lco", "ENCODING=UTF-8");
        Path zip = ImportFiles.write(dir, "lines.zip", "");
        Files.write(zip, ImportFiles.zipFolder(dir.resolve("shp")));

        ImportUpload upload = receive("power", zip);
        assertThat(upload.layers().get(0).detected().id()).isEqualTo("EPSG:4549");
        StagedImport staged = stage("power", upload);
        ImportMapping mapping = new ImportMapping(Map.of("code", "code", "nameZh", "zh", "nameEn", "en", "voltageKv", "kv"),
                Map.of("kind", "NEW"));
        ImportReport check = runAs.user("power", () -> imports.check(staged, ImportTarget.LINES, mapping, ImportProgress.NONE));
        // the power bureau's rules hold as for a drawn line: it wants the name in both languages
        assertThat(check.problems()).extracting(p -> p.message().messageKey() + java.util.Arrays.toString(p.message().args())).isEmpty();
        int written = runAs.user("power", () -> imports.commit(staged, ImportTarget.LINES, mapping, ImportProgress.NONE).features());
        assertThat(written).isEqualTo(1);

        Map<String, Object> stored = jdbc.queryForMap("""
                select name_zh, voltage_kv, status, length_m, st_length(geom::geography) as geodesic,
                       st_hausdorffdistance(st_transform(geom, 4549), st_transform(st_setsrid(st_geomfromgeojson(?), 4326), 4549)) as off
                  from power_line where code = 'IMP-L-1'
                """, line);
        Double drawn = jdbc.queryForObject("select st_length(st_setsrid(st_geomfromgeojson(?), 4326)::geography)", Double.class, line);
        assertThat(stored.get("name_zh")).isEqualTo("开发区10千伏线路");
        assertThat(((Number) stored.get("voltage_kv")).intValue()).isEqualTo(10);
        assertThat(stored.get("status")).isEqualTo("PLANNED");
        assertThat((Double) stored.get("off")).isLessThan(0.01);
        assertThat(drawn).isGreaterThan(300);
        assertThat((Double) stored.get("length_m")).isCloseTo(drawn, within(0.05))
                .isCloseTo((Double) stored.get("geodesic"), within(0.001));
    }

    @Test
    void aStationInAnotherCityIsImportedButAProjectThereIsRefusedByTheSiteModule() throws Exception {
        double[] dongguan = {113.7518, 23.0205};
        Map<String, Object> here = new LinkedHashMap<>(Map.of("code", "IMP-ST-1", "name", "园区重点项目", "kind", "KEY_PROJECT",
                "status", "PLANNED"));
        Map<String, Object> station = new LinkedHashMap<>(Map.of("code", "IMP-ST-2", "name", "东莞招商站", "kind", "驻点招商站",
                "status", "已设立", "opened", "2011-06-01"));
        Map<String, Object> away = new LinkedHashMap<>(Map.of("code", "IMP-ST-3", "name", "东莞重点项目", "kind", "重点项目",
                "status", "计划"));
        Path file = ImportFiles.write(dir, "stations.geojson", ImportFiles.collection(List.of(entry(here, point(squares.get(0))),
                entry(station, point(dongguan)), entry(away, point(new double[]{dongguan[0] + 0.01, dongguan[1]})))));
        ImportMapping mapping = new ImportMapping(Map.of("code", "code", "nameZh", "name", "kind", "kind", "status", "status",
                "openedOn", "opened"), Map.of());
        int sites = count("select count(*) from site");
        ImportUpload upload = receive("trade", file);
        StagedImport staged = stage("trade", upload);
        ImportReport report = runAs.user("trade", () -> imports.check(staged, ImportTarget.SITES, mapping, ImportProgress.NONE));
        // not the staging check's "outside the city" for the station: only the project in Dongguan, in the site module's words
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.featureNumber()).isEqualTo(3);
            assertThat(p.message().messageKey()).isEqualTo("site.problem.outside-county");
        });
        assertThat(count("select count(*) from site")).isEqualTo(sites);

        Path two = ImportFiles.write(dir, "two.geojson", ImportFiles.collection(List.of(entry(here, point(squares.get(0))),
                entry(station, point(dongguan)))));
        ImportUpload second = receive("trade", two);
        assertThat(runAs.user("trade", () -> imports.commit(stage("trade", second), ImportTarget.SITES, mapping,
                ImportProgress.NONE).features())).isEqualTo(2);
        Map<String, Object> stored = jdbc.queryForMap(
                "select kind, status, opened_on, township_id, st_x(geom) as x, st_y(geom) as y from site where code = 'IMP-ST-2'");
        assertThat(stored.get("kind")).isEqualTo("INVESTMENT_STATION");
        assertThat(stored.get("status")).isEqualTo("OPEN");
        assertThat(((java.sql.Date) stored.get("opened_on")).toLocalDate()).isEqualTo(LocalDate.of(2011, 6, 1));
        assertThat(stored.get("township_id")).isNull();
        assertThat((Double) stored.get("x")).isCloseTo(dongguan[0], within(1e-7));
        assertThat((Double) stored.get("y")).isCloseTo(dongguan[1], within(1e-7));
    }

    static final double ZONE_HALF = 0.004;
    static final ImportMapping ZONE_FIELDS = new ImportMapping(Map.of("code", "编号", "nameZh", "名称", "nameEn", "英文名称",
            "kind", "类型", "zoneUnit", "乡镇"), Map.of());

    @Test
    void theAdministratorImportsATownshipOutlineWithAParkAndAnEdzAreaInsideItFromAGeoPackageInGaussKruger() throws Exception {
        List<double[]> free = ImportFiles.freeSquaresInTownship(jdbc, "TS-BAISHE", 2, ZONE_HALF);
        assertThat(free).hasSize(2);
        // Baishe's outline comes back from a file: the EDZ area and park of the same file lie inside it, not yet stored
        String baishe = jdbc.queryForObject("select st_asgeojson(geom, 9) from zone where code = 'TS-BAISHE'", String.class);
        jdbc.update("delete from zone where code = 'TS-BAISHE'");
        Map<String, Object> township = new LinkedHashMap<>(Map.of("编号", "IMP-TS-BAISHE", "名称", "柏社乡", "英文名称", "Baishe Township",
                "类型", "乡镇", "乡镇", "柏社乡"));
        Map<String, Object> park = new LinkedHashMap<>(Map.of("编号", "IMP-TP-1", "名称", "柏社乡新材料园", "类型", "乡镇工业园区",
                "乡镇", "BAISHE"));
        Map<String, Object> edz = new LinkedHashMap<>(Map.of("编号", "IMP-EDZ-1", "名称", "经济开发区柏社片", "英文名称", "EDZ Baishe area",
                "类型", "EDZ_AREA"));
        Path source = ImportFiles.write(dir, "zones.geojson", ImportFiles.collection(List.of(entry(township, baishe),
                entry(park, ImportFiles.square(free.get(0), ZONE_HALF)), entry(edz, ImportFiles.square(free.get(1), ZONE_HALF)))));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "GPKG", "zones.gpkg", source.toString(), "-t_srs", "EPSG:4549", "-nln", "区域");
        int logged = count("select count(*) from change_log where kind = 'zone'");

        assertThat(runAs.user("admin", () -> imports.targets())).containsExactly(ImportTarget.ZONES);
        ImportUpload upload = receive("admin", dir.resolve("zones.gpkg"));
        assertThat(upload.layers().get(0).detected().id()).isEqualTo("EPSG:4549");
        StagedImport staged = stage("admin", upload);
        ImportReport check = runAs.user("admin", () -> imports.check(staged, ImportTarget.ZONES, ZONE_FIELDS, ImportProgress.NONE));
        // the park and the EDZ area overlap the outline of the same file: allowed, unlike two parks or two outlines
        assertThat(check.problems()).extracting(p -> p.message().messageKey() + java.util.Arrays.toString(p.message().args())).isEmpty();
        assertThat(count("select count(*) from zone where code like 'IMP-%'")).as("the check writes nothing").isZero();
        assertThat(runAs.user("admin", () -> imports.commit(staged, ImportTarget.ZONES, ZONE_FIELDS, ImportProgress.NONE).features())).isEqualTo(3);

        Map<String, Object> outline = jdbc.queryForMap("""
                select z.kind, z.name_zh, z.name_en, u.code as unit, z.area_m2, st_area(st_setsrid(st_geomfromgeojson(?), 4326)::geography) as drawn,
                       st_hausdorffdistance(st_transform(z.geom, 4549), st_transform(st_setsrid(st_geomfromgeojson(?), 4326), 4549)) as off
                  from zone z join org_unit u on u.id = z.unit_id where z.code = 'IMP-TS-BAISHE'
                """, baishe, baishe);
        assertThat(outline).containsEntry("kind", "TOWNSHIP").containsEntry("name_zh", "柏社乡")
                .containsEntry("name_en", "Baishe Township").containsEntry("unit", "BAISHE");
        assertThat((Double) outline.get("off")).isLessThan(0.01);
        assertThat((Double) outline.get("area_m2")).isCloseTo((Double) outline.get("drawn"), within(1.0));
        Map<String, Object> newPark = jdbc.queryForMap("""
                select z.kind, z.name_zh, z.name_en, u.code as unit, z.area_m2,
                       st_hausdorffdistance(st_transform(z.geom, 4549), st_transform(st_setsrid(st_geomfromgeojson(?), 4326), 4549)) as off
                  from zone z join org_unit u on u.id = z.unit_id where z.code = 'IMP-TP-1'
                """, ImportFiles.square(free.get(0), ZONE_HALF));
        assertThat(newPark).containsEntry("kind", "TOWNSHIP_PARK").containsEntry("name_zh", "柏社乡新材料园")
                .containsEntry("name_en", "柏社乡新材料园").containsEntry("unit", "BAISHE");
        assertThat((Double) newPark.get("off")).isLessThan(0.01);
        assertThat(jdbc.queryForMap("select z.kind, u.code as unit from zone z join org_unit u on u.id = z.unit_id where z.code = 'IMP-EDZ-1'"))
                .containsEntry("kind", "EDZ_AREA").containsEntry("unit", "EDZ");
        // the parcels of Baishe's old park were placed again under the new outline: the same park, the same township
        assertThat(jdbc.queryForList("""
                select distinct z.code || '/' || u.code from parcel p join zone z on z.id = p.zone_id join org_unit u on u.id = p.township_id
                 where st_intersects(p.geom, (select geom from zone where code = 'TP-BAISHE'))
                """, String.class)).containsExactly("TP-BAISHE/BAISHE");
        assertThat(count("select count(*) from change_log where kind = 'zone' and action = 'CREATED' and code like 'IMP-%'"))
                .isEqualTo(3).isEqualTo(count("select count(*) from change_log where kind = 'zone'") - logged);
        assertThat(count("select count(*) from import_staging")).isZero();
    }

    @Test
    void aShapefileOfZonesThatOverlapOrNameTheWrongTownshipIsRefusedWholeAndOnlyAdministratorsImportZones() throws Exception {
        List<double[]> free = ImportFiles.freeSquaresInTownship(jdbc, "TS-XIANGXI", 2, ZONE_HALF);
        assertThat(free).hasSize(2);
        double[] beside = {free.get(0)[0] + ZONE_HALF, free.get(0)[1]};
        Map<String, Object> first = new LinkedHashMap<>(Map.of("code", "IMP-EDZ-A", "name", "开发区香溪甲片", "kind", "EDZ_AREA"));
        Map<String, Object> second = new LinkedHashMap<>(Map.of("code", "IMP-EDZ-B", "name", "开发区香溪乙片", "kind", "开发区片区"));
        Map<String, Object> park = new LinkedHashMap<>(Map.of("code", "IMP-TP-Z", "name", "诸葛镇飞地园区", "kind", "TOWNSHIP_PARK",
                "unit", "诸葛镇"));
        Path source = ImportFiles.write(dir, "zones.geojson", ImportFiles.collection(List.of(
                entry(first, ImportFiles.square(free.get(0), ZONE_HALF)), entry(second, ImportFiles.square(beside, ZONE_HALF)),
                entry(park, ImportFiles.square(free.get(1), ZONE_HALF)))));
        Files.createDirectory(dir.resolve("shp"));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "ESRI Shapefile", "shp/zones.shp", source.toString(), "-t_srs", "EPSG:4549",
                "-lco", "ENCODING=UTF-8");
        Path zip = ImportFiles.write(dir, "zones.zip", "");
        Files.write(zip, ImportFiles.zipFolder(dir.resolve("shp")));
        ImportMapping mapping = new ImportMapping(Map.of("code", "code", "nameZh", "name", "kind", "kind", "zoneUnit", "unit"), Map.of());
        int zones = count("select count(*) from zone");
        int logged = count("select count(*) from change_log");

        // the land bureau draws parcels, not zones
        assertThat(runAs.user("land", () -> imports.targets())).doesNotContain(ImportTarget.ZONES);
        StagedImport byLand = stage("land", receive("land", zip));
        assertThatThrownBy(() -> runAs.user("land", () -> imports.check(byLand, ImportTarget.ZONES, mapping, ImportProgress.NONE)))
                .isInstanceOfSatisfying(org.actionmap.security.NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.not-permitted-target"));

        StagedImport staged = stage("admin", receive("admin", zip));
        ImportReport report = runAs.user("admin", () -> imports.check(staged, ImportTarget.ZONES, mapping, ImportProgress.NONE));
        assertThat(report.importable()).isFalse();
        // the second EDZ area overlaps the first by half (the file's check), the park lies in Xiangxi, not Zhuge (the land module's)
        assertThat(report.problems()).satisfiesExactly(p -> {
            assertThat(p.featureNumber()).isEqualTo(2);
            assertThat(p.message().messageKey()).isEqualTo("import.problem.overlap-in-file");
            assertThat((Double) p.message().args()[2]).isGreaterThan(200_000);
            assertThat(p.where()).contains("Polygon");
        }, p -> {
            assertThat(p.featureNumber()).isEqualTo(3);
            assertThat(p.code()).isEqualTo("IMP-TP-Z");
            assertThat(p.message().messageKey()).isEqualTo("zone.problem.not-in-its-township");
            assertThat(p.where()).contains("Point");
        });
        assertThatThrownBy(() -> runAs.user("admin", () -> imports.commit(staged, ImportTarget.ZONES, mapping, ImportProgress.NONE)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.report().problems()).hasSize(2));
        assertThat(count("select count(*) from zone")).isEqualTo(zones);
        assertThat(count("select count(*) from zone where code like 'IMP-%'")).isZero();
        assertThat(count("select count(*) from change_log")).isEqualTo(logged);
    }
}
