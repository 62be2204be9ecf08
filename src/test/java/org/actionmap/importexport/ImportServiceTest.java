package org.actionmap.importexport;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.imports.Gcj02;
import org.actionmap.importexport.imports.ImportCrs;
import org.actionmap.importexport.imports.ImportMapping;
import org.actionmap.importexport.imports.ImportRefusedException;
import org.actionmap.importexport.imports.ImportReport;
import org.actionmap.importexport.imports.ImportService;
import org.actionmap.importexport.imports.ImportTarget;
import org.actionmap.importexport.imports.ImportUpload;
import org.actionmap.importexport.imports.ImportProgress;
import org.actionmap.importexport.imports.StagedImport;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelService;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The import of real survey files made by ogr2ogr, on PostGIS: each format and coordinate system lands where the
 * GeoJSON it was made from lies, with its Chinese text; bad files are refused with their message and nothing written;
 * one refused feature refuses the whole file; the layers' permissions hold. Each test runs in a transaction rolled
 * back at its end.
 */
@ActionMapTest
@Transactional
class ImportServiceTest {

    private static final double HALF = 0.0006;
    private static final ImportMapping PARCEL_FIELDS = new ImportMapping(
            Map.of("code", "code", "name", "name", "landUse", "landuse"), Map.of("purpose", "NEW_INDUSTRIAL"));

    @Autowired
    ImportService imports;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParcelService parcels;
    @TempDir
    Path dir;

    List<double[]> squares;

    @BeforeEach
    void findFreeLand() {
        squares = ImportFiles.freeSquares(jdbc, 3, HALF);
        assertThat(squares).hasSize(3);
    }

    /** Three parcels on the free squares with Chinese names, as GeoJSON in WGS84. */
    String threeParcels(String prefix) {
        List<Map.Entry<Map<String, Object>, String>> features = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("code", prefix + "-" + (i + 1));
            props.put("name", "开发区测绘地块" + (i + 1) + "号");
            props.put("landuse", "industrial");
            features.add(entry(props, ImportFiles.square(squares.get(i), HALF)));
        }
        return ImportFiles.collection(features);
    }

    int parcelCount() {
        return jdbc.queryForObject("select count(*) from parcel", Integer.class);
    }

    int stagedCount() {
        return jdbc.queryForObject("select count(*) from import_staging", Integer.class);
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

    ImportUpload receive(String user, String name, byte[] bytes) {
        return runAs.user(user, () -> imports.receive(name, new ByteArrayInputStream(bytes)));
    }

    /** Uploads, stages the first layer and commits it as the land bureau; returns the upload for its layer facts. */
    ImportUpload importParcels(ImportUpload upload, ImportCrs crs, String encoding, ImportMapping mapping) {
        return runAs.user("land", () -> {
            StagedImport staged = imports.stage(upload, upload.layers().get(0).name(), crs, encoding, ImportProgress.NONE);
            assertThat(staged.features()).isEqualTo(3);
            assertThat(imports.commit(staged, ImportTarget.PARCELS, mapping, ImportProgress.NONE).features()).isEqualTo(3);
            imports.discard(upload, staged);
            return upload;
        });
    }

    /**
     * The GeoJSON written as a Shapefile (ogr2ogr) in {@code srs}, with its .dbf in {@code encoding} (none: GDAL's
     * default), zipped and uploaded by the land bureau; {@code cpg} false deletes the .cpg.
     */
    ImportUpload shapefile(String name, String geoJson, String srs, String encoding, boolean cpg) throws Exception {
        Path source = ImportFiles.write(dir, name + ".geojson", geoJson);
        Files.createDirectories(dir.resolve("shp"));
        List<String> args = new ArrayList<>(List.of("-f", "ESRI Shapefile", "shp/" + name + ".shp", source.toString(), "-t_srs", srs));
        if (encoding != null) {
            args.addAll(List.of("-lco", "ENCODING=" + encoding));
        }
        ImportFiles.ogr2ogr(dir, Map.of(), args.toArray(String[]::new));
        if (!cpg) {
            Files.delete(dir.resolve("shp/" + name + ".cpg"));
        }
        return receive("land", name + ".zip", ImportFiles.zipFolder(dir.resolve("shp")));
    }

    /** The largest distance in metres between the stored parcel's outline and the square it was made from. */
    double metresOff(String code, int square) {
        ParcelDetails parcel = parcels.findByCode(code).orElseThrow(() -> new AssertionError(code + " was not imported"));
        return jdbc.queryForObject("""
                select st_hausdorffdistance(st_transform(p.geom, 4549), st_transform(st_multi(st_setsrid(st_geomfromgeojson(?), 4326)), 4549))
                  from parcel p where p.id = ?
                """, Double.class, ImportFiles.square(squares.get(square), HALF), parcel.id());
    }

    void assertThreeParcelsWhereTheyWere(String prefix, double metres) {
        for (int i = 0; i < 3; i++) {
            assertThat(metresOff(prefix + "-" + (i + 1), i)).as("parcel %d", i + 1).isLessThan(metres);
            ParcelDetails parcel = parcels.findByCode(prefix + "-" + (i + 1)).orElseThrow();
            assertThat(parcel.name()).isEqualTo("开发区测绘地块" + (i + 1) + "号");
            assertThat(parcel.zoneCode()).isEqualTo("EDZ-LJ");
        }
    }

    @Test
    void aShapefileInGaussKrugerCm120IsDetectedFromItsPrjAndLandsWithinAMetre() throws Exception {
        ImportUpload upload = shapefile("survey", threeParcels("SHP49"), "EPSG:4549", "UTF-8", true);
        assertThat(upload.layers()).singleElement().satisfies(l -> {
            assertThat(l.detected()).isEqualTo(ImportCrs.byId("EPSG:4549").orElseThrow());
            assertThat(l.featureCount()).isEqualTo(3);
            assertThat(l.fields()).contains("code", "name", "landuse");
        });
        int before = parcelCount();
        importParcels(upload, null, null, PARCEL_FIELDS);
        assertThat(parcelCount()).isEqualTo(before + 3);
        assertThreeParcelsWhereTheyWere("SHP49", 1.0);
        assertThat(jdbc.queryForObject("""
                select count(*) from change_log where kind = 'parcel' and action = 'CREATED'
                   and object_id in (select id from parcel where code like 'SHP49-%') and actor = 'land'
                """, Integer.class)).isEqualTo(3);
    }

    @Test
    void aShapefileInZone40WithAGbkDbfAndCpgKeepsItsChineseNames() throws Exception {
        ImportUpload upload = shapefile("gbk", threeParcels("GBK40"), "EPSG:4528", "CP936", true);
        byte[] dbf = Files.readAllBytes(dir.resolve("shp/gbk.dbf"));
        // the names really are GBK in the .dbf, not UTF-8
        assertThat(new String(dbf, Charset.forName("GBK"))).contains("开发区测绘地块1号");
        assertThat(new String(dbf, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("开发区测绘地块1号");
        assertThat(Files.readString(dir.resolve("shp/gbk.cpg")).trim()).isIn("936", "CP936");
        assertThat(upload.layers().get(0).detected()).isEqualTo(ImportCrs.byId("EPSG:4528").orElseThrow());
        importParcels(upload, null, null, PARCEL_FIELDS);
        assertThreeParcelsWhereTheyWere("GBK40", 1.0);
    }

    @Test
    void aShapefileWithoutCpgIsReadInTheEncodingTheUserNames() throws Exception {
        ImportUpload upload = shapefile("gbk", threeParcels("GBKU"), "EPSG:4549", "CP936", false);
        importParcels(upload, null, "GBK", PARCEL_FIELDS);
        assertThreeParcelsWhereTheyWere("GBKU", 1.0);
    }

    @Test
    void aGbkShapefileWithoutCpgIsFoundNotToBeUtf8SoGbkIsProposedAndReadingItWithoutAnEncodingAsksForOne() throws Exception {
        // a Chinese field name too: GDAL prints it in GBK, as the file has it, until it is told the encoding
        ImportUpload upload = shapefile("gbk", threeParcels("GBKP").replace("\"name\":", "\"名称\":"), "EPSG:4549", "CP936", false);
        assertThat(Files.readAllBytes(dir.resolve("shp/gbk.dbf"))[29]).as("no language driver id").isZero();
        assertThat(upload.layers()).singleElement().satisfies(l -> {
            assertThat(l.encoding()).isNull();
            assertThat(l.proposedEncoding()).isEqualTo("GBK");
            assertThat(l.fields()).containsExactly("code", "名称", "landuse");
        });
        int stagedBefore = stagedCount();
        assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "gbk", null, null, ImportProgress.NONE)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.encoding"));
        assertThat(stagedCount()).isEqualTo(stagedBefore);
        importParcels(upload, null, upload.layers().get(0).proposedEncoding(),
                new ImportMapping(Map.of("code", "code", "name", "名称", "landUse", "landuse"), Map.of("purpose", "NEW_INDUSTRIAL")));
        assertThreeParcelsWhereTheyWere("GBKP", 1.0);
    }

    @Test
    void aUtf8ShapefileWithoutCpgIsReadAsItIsWithoutAProposal() throws Exception {
        ImportUpload upload = shapefile("utf8", threeParcels("UTF8"), "EPSG:4549", "UTF-8", false);
        assertThat(upload.layers().get(0).proposedEncoding()).isNull();
        importParcels(upload, null, null, PARCEL_FIELDS);
        assertThreeParcelsWhereTheyWere("UTF8", 1.0);
    }

    @Test
    void aGeoPackageInCgcs2000LandsWithinAMetre() throws Exception {
        Path source = ImportFiles.write(dir, "gpkg.geojson", threeParcels("GPKG"));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "GPKG", "survey.gpkg", source.toString(), "-t_srs", "EPSG:4490", "-nln", "parcels");
        ImportUpload upload = receive("land", dir.resolve("survey.gpkg"));
        assertThat(upload.layers()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("parcels");
            assertThat(l.detected()).isEqualTo(ImportCrs.CGCS2000);
        });
        importParcels(upload, null, null, PARCEL_FIELDS);
        assertThreeParcelsWhereTheyWere("GPKG", 1.0);
    }

    @Test
    void aKmlFileTakesItsCodesAndNamesFromPlacemarkNameAndDescription() throws Exception {
        Path source = ImportFiles.write(dir, "kml.geojson", threeParcels("KML"));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "KML", "survey.kml", source.toString(),
                "-dsco", "NameField=code", "-dsco", "DescriptionField=name");
        ImportUpload upload = receive("land", dir.resolve("survey.kml"));
        assertThat(upload.layers().get(0).detected()).isEqualTo(ImportCrs.WGS84);
        importParcels(upload, null, null, new ImportMapping(Map.of("code", "Name", "name", "description"),
                Map.of("purpose", "NEW_INDUSTRIAL", "landUse", "industrial")));
        assertThreeParcelsWhereTheyWere("KML", 1.0);
    }

    @Test
    void aDxfDrawingHasNoCoordinateSystemSoItIsAskedForAndThenLandsWithinAMetre() throws Exception {
        String geoJson = threeParcels("DXF").replace("\"code\":", "\"Layer\":");
        Path source = ImportFiles.write(dir, "dxf.geojson", geoJson);
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "DXF", "survey.dxf", source.toString(), "-t_srs", "EPSG:4549",
                "-select", "Layer");
        ImportUpload upload = receive("land", dir.resolve("survey.dxf"));
        assertThat(upload.layers().get(0).declaresCrs()).isFalse();
        assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "entities", null, null, ImportProgress.NONE)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.crs-missing"));
        int before = parcelCount();
        runAs.user("land", () -> {
            StagedImport staged = imports.stage(upload, "entities", ImportCrs.byId("EPSG:4549").orElseThrow(), null, ImportProgress.NONE);
            return imports.commit(staged, ImportTarget.PARCELS, new ImportMapping(Map.of("code", "Layer"),
                    Map.of("purpose", "IDLE_LAND", "landUse", "industrial")), ImportProgress.NONE).features();
        });
        assertThat(parcelCount()).isEqualTo(before + 3);
        for (int i = 0; i < 3; i++) {
            assertThat(metresOff("DXF-" + (i + 1), i)).isLessThan(1.0);
        }
        // idle land comes in identified on the reporting date, the first step of its workflow
        assertThat(parcels.findByCode("DXF-1").orElseThrow().status().name()).isEqualTo("IDENTIFIED");
    }

    @Test
    void geoJsonInTheGcj02OffsetIsCorrectedToWithinAFewMetres() throws Exception {
        StringBuilder shifted = new StringBuilder(threeParcels("GCJ"));
        String json = shifted.toString();
        java.util.regex.Matcher pair = java.util.regex.Pattern.compile("\\[(1\\d\\d\\.\\d+),(\\d\\d\\.\\d+)]").matcher(json);
        StringBuilder out = new StringBuilder();
        while (pair.find()) {
            double[] g = Gcj02.fromWgs84(Double.parseDouble(pair.group(1)), Double.parseDouble(pair.group(2)));
            pair.appendReplacement(out, "[%.9f,%.9f]".formatted(g[0], g[1]));
        }
        pair.appendTail(out);
        ImportUpload upload = receive("land", ImportFiles.write(dir, "gaode.geojson", out.toString()));
        // read as WGS84 the offset puts the parcels hundreds of metres off
        runAs.user("land", () -> {
            StagedImport asIs = imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE);
            Double off = jdbc.queryForObject("""
                    select st_distance(st_centroid(geom)::geography, st_setsrid(st_makepoint(?, ?), 4326)::geography)
                      from import_staging where import_id = ? and feature_no = 1
                    """, Double.class, squares.get(0)[0], squares.get(0)[1], asIs.id());
            assertThat(off).isGreaterThan(100);
            imports.discard(null, asIs);
            return null;
        });
        importParcels(upload, ImportCrs.GCJ02, null, PARCEL_FIELDS);
        assertThreeParcelsWhereTheyWere("GCJ", 3.0);
    }

    @Test
    void theGcj02FormulaMatchesThePublishedReferencePoint() {
        // eviltransform's test vector: WGS84 39.915N 116.404E is 39.91640428150164N 116.41024449916938E in GCJ-02
        double[] gcj = Gcj02.fromWgs84(116.404, 39.915);
        assertThat(gcj[0]).isCloseTo(116.41024449916938, within(1e-9));
        assertThat(gcj[1]).isCloseTo(39.91640428150164, within(1e-9));
        double[] back = Gcj02.toWgs84(gcj[0], gcj[1]);
        assertThat(back[0]).isCloseTo(116.404, within(1e-8));
        assertThat(back[1]).isCloseTo(39.915, within(1e-8));
    }

    void assertRefused(String user, String fileName, byte[] bytes, String key) {
        int parcelsBefore = parcelCount();
        int stagedBefore = stagedCount();
        assertThatThrownBy(() -> receive(user, fileName, bytes))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(parcelCount()).isEqualTo(parcelsBefore);
        assertThat(stagedCount()).isEqualTo(stagedBefore);
    }

    @Test
    void aCorruptZipIsRefused() {
        assertRefused("land", "survey.zip", "PK\u0003\u0004 this is not really a zip".getBytes(), "import.error.zip-corrupt");
    }

    @Test
    void aZipWithoutAShpIsRefused() throws Exception {
        assertRefused("land", "survey.zip", ImportFiles.zip(Map.of("readme.txt", "地块".getBytes(), "survey.dbf", new byte[10])),
                "import.error.zip-no-shp");
    }

    @Test
    void aZipEntryThatLeavesTheUploadFolderIsRefused() throws Exception {
        assertRefused("land", "survey.zip", ImportFiles.zip(Map.of("../../evil.shp", new byte[100])), "import.error.zip-path");
        assertRefused("land", "survey.zip", ImportFiles.zip(Map.of("/tmp/evil.shp", new byte[100])), "import.error.zip-path");
    }

    @Test
    void aZipBombIsRefusedByItsEntryCountAndByItsUnpackedSize() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            many.put("part" + i + ".shp", new byte[1]);
        }
        assertRefused("land", "many.zip", ImportFiles.zip(many), "import.error.zip-too-many-entries");
        // 300 MB of zeros pack into a few hundred kilobytes
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("bomb.shp"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(2_000_000);
        assertRefused("land", "bomb.zip", bomb.toByteArray(), "import.error.zip-too-large");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("land", "empty.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(), "import.error.empty");
        assertRefused("land", "empty.gpkg", new byte[0], "import.error.empty");
    }

    @Test
    void aFileInACoordinateSystemNotOfferedIsRefusedUnlessTheUserNamesOne() throws Exception {
        // Beijing 1954 / 3-degree Gauss-Kruger CM 120E: an older datum ActionMap does not convert
        ImportUpload upload = shapefile("bj54", threeParcels("BJ54"), "EPSG:2437", null, true);
        assertThat(upload.layers().get(0).declaresCrs()).isTrue();
        assertThat(upload.layers().get(0).detected()).isNull();
        int stagedBefore = stagedCount();
        assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "bj54", null, null, ImportProgress.NONE)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.crs-unknown");
                    assertThat(e.args()[0].toString()).contains("Beijing 1954");
                });
        assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "bj54",
                new ImportCrs("EPSG:2437", "x"), null, ImportProgress.NONE)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.crs-unknown"));
        assertThat(stagedCount()).isEqualTo(stagedBefore);
    }

    @Test
    void aDrawingReadInTheWrongZoneLiesFarOutsideTheCityAndIsRefused() throws Exception {
        Path source = ImportFiles.write(dir, "dxf.geojson", threeParcels("WRONG").replace("\"code\":", "\"Layer\":"));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "DXF", "survey.dxf", source.toString(), "-t_srs", "EPSG:4549", "-select", "Layer");
        ImportUpload upload = receive("land", dir.resolve("survey.dxf"));
        int stagedBefore = stagedCount();
        int parcelsBefore = parcelCount();
        // drawn with central meridian 120E, read as 123E: 300 km east of the county
        assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "entities", ImportCrs.byId("EPSG:4550").orElseThrow(),
                null, ImportProgress.NONE)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.far-outside"));
        assertThat(stagedCount()).isEqualTo(stagedBefore);
        assertThat(parcelCount()).isEqualTo(parcelsBefore);
    }

    @Test
    void aShapefileWithoutZoneNumberReadAsZone40WhichPutsItOutsideWhatProjCanPlaceIsSaidToBeInTheWrongSystem() throws Exception {
        ImportUpload upload = shapefile("cm120", threeParcels("Z40"), "EPSG:4549", "UTF-8", true);
        int stagedBefore = stagedCount();
        // eastings of about 500 km read with a false easting of 40,500 km: PostGIS's st_transform refuses them
        // ("Point outside of projection domain"), which must read as a wrong coordinate system, not as a failure
        for (String wrong : List.of("EPSG:4528", "EPSG:4548", "EPSG:4326", "EPSG:3857")) {
            assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "cm120", ImportCrs.byId(wrong).orElseThrow(),
                    null, ImportProgress.NONE)))
                    .as(wrong).isInstanceOfSatisfying(UserMessageException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("import.error.far-outside");
                        assertThat(e.args()).containsExactly(wrong);
                    });
        }
        // the test's transaction is still usable: the failed statement was rolled back to its savepoint
        assertThat(stagedCount()).isEqualTo(stagedBefore);
        importParcels(upload, null, null, PARCEL_FIELDS);
        assertThreeParcelsWhereTheyWere("Z40", 1.0);
    }

    @Test
    void aFeatureThatNoProjectionCanPlaceAmongOthersNearTheCityIsNamed() throws Exception {
        // a drawing in CM 120E whose second outline carries the zone number 40 in its eastings, as mixed CAD data do
        List<Map.Entry<Map<String, Object>, String>> features = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String projected = jdbc.queryForObject("select st_asgeojson(st_transform(st_setsrid(st_geomfromgeojson(?), 4326), 4549), 3)",
                    String.class, ImportFiles.square(squares.get(i), HALF));
            if (i == 1) {
                java.util.regex.Matcher easting = java.util.regex.Pattern.compile("\\[(\\d+\\.?\\d*),").matcher(projected);
                StringBuilder shifted = new StringBuilder();
                while (easting.find()) {
                    easting.appendReplacement(shifted, "[" + (Double.parseDouble(easting.group(1)) + 40_000_000) + ",");
                }
                projected = easting.appendTail(shifted).toString();
            }
            features.add(entry(new LinkedHashMap<>(Map.of("Layer", "MIX-" + (i + 1))), projected));
        }
        Path source = ImportFiles.write(dir, "mixed.geojson", ImportFiles.collection(features));
        ImportFiles.ogr2ogr(dir, Map.of(), "-f", "DXF", "mixed.dxf", source.toString(), "-select", "Layer");
        ImportUpload upload = receive("land", dir.resolve("mixed.dxf"));
        assertThatThrownBy(() -> runAs.user("land", () -> imports.stage(upload, "entities", ImportCrs.byId("EPSG:4549").orElseThrow(),
                null, ImportProgress.NONE)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.unplaceable");
                    assertThat(e.args()).containsExactly(2, "EPSG:4549");
                });
    }

    @Test
    void oneSelfIntersectingFeatureRefusesTheWholeFileAndTheReportSaysWhichAndWhere() throws Exception {
        double[] c = squares.get(2);
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}".formatted(
                c[0] - HALF, c[1] - HALF, c[0] + HALF, c[1] + HALF, c[0] + HALF, c[1] - HALF, c[0] - HALF, c[1] + HALF, c[0] - HALF, c[1] - HALF);
        String json = ImportFiles.collection(List.of(
                entry(Map.of("code", "BAD-1", "name", "好", "landuse", "industrial"), ImportFiles.square(squares.get(0), HALF)),
                entry(Map.of("code", "BAD-2", "name", "好", "landuse", "industrial"), ImportFiles.square(squares.get(1), HALF)),
                entry(Map.of("code", "BAD-3", "name", "坏", "landuse", "industrial"), bowTie)));
        ImportUpload upload = receive("land", ImportFiles.write(dir, "bad.geojson", json));
        int before = parcelCount();
        runAs.user("land", () -> {
            StagedImport staged = imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE);
            ImportReport report = imports.check(staged, ImportTarget.PARCELS, PARCEL_FIELDS, ImportProgress.NONE);
            assertThat(report.importable()).isFalse();
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.featureNumber()).isEqualTo(3);
                assertThat(p.code()).isEqualTo("BAD-3");
                assertThat(p.message().messageKey()).isEqualTo("parcel.problem.self-intersection");
                assertThat(p.where()).contains("Point").contains(String.format("%.4f", c[0]).substring(0, 7));
            });
            assertThat(parcelCount()).as("the check writes nothing").isEqualTo(before);
            assertThatThrownBy(() -> imports.commit(staged, ImportTarget.PARCELS, PARCEL_FIELDS, ImportProgress.NONE))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.report().problems()).hasSize(1));
            return null;
        });
        assertThat(parcelCount()).isEqualTo(before);
        assertThat(parcels.findByCode("BAD-1")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from change_log where kind = 'parcel' and code like 'BAD-%'",
                Integer.class)).isZero();
    }

    @Test
    void landUsesAndPurposesWrittenAsThePortalShowsThemInEitherLanguageAreTakenAsTheirCodes() throws Exception {
        String json = ImportFiles.collection(List.of(
                entry(Map.of("code", "LBL-1", "name", "标签1", "landuse", "仓储用地", "purpose", "低效闲置用地清理"), ImportFiles.square(squares.get(0), HALF)),
                entry(Map.of("code", "LBL-2", "name", "标签2", "landuse", " Infrastructure and utilities ", "purpose", "new industrial land"),
                        ImportFiles.square(squares.get(1), HALF)),
                entry(Map.of("code", "LBL-3", "name", "标签3", "landuse", "COMMERCIAL", "purpose", "新增工业用地"), ImportFiles.square(squares.get(2), HALF))));
        ImportUpload upload = receive("land", ImportFiles.write(dir, "labels.geojson", json));
        importParcels(upload, null, null, new ImportMapping(
                Map.of("code", "code", "name", "name", "landUse", "landuse", "purpose", "purpose"), Map.of()));
        assertThat(jdbc.queryForList("select code || ' ' || land_use || ' ' || purpose || ' ' || status from parcel where code like 'LBL-%' order by code",
                String.class)).containsExactly("LBL-1 warehousing IDLE_LAND IDENTIFIED", "LBL-2 infrastructure NEW_INDUSTRIAL PLANNED",
                "LBL-3 commercial NEW_INDUSTRIAL PLANNED");
    }

    @Test
    void theReportFindsOverlapsCodesAndValuesTheTargetRefuses() throws Exception {
        String existing = jdbc.queryForObject("select st_asgeojson(geom, 9) from parcel where code = 'DS-N02'", String.class);
        String json = ImportFiles.collection(List.of(
                entry(Map.of("code", "OK-1", "name", "a", "landuse", "industrial"), ImportFiles.square(squares.get(0), HALF)),
                entry(Map.of("code", "OK-1", "name", "b", "landuse", "industrial"), ImportFiles.square(squares.get(1), HALF)),
                entry(Map.of("code", "DS-N02", "name", "c", "landuse", "industrial"), ImportFiles.square(squares.get(2), HALF)),
                entry(Map.of("code", "ON-TOP", "name", "d", "landuse", "industrial"), existing),
                entry(Map.of("code", "LAND-USE", "name", "e", "landuse", "工业"), ImportFiles.square(new double[]{squares.get(2)[0] + 4 * HALF, squares.get(2)[1]}, HALF / 4)),
                entry(Map.of("name", "f", "landuse", "industrial"), ImportFiles.square(squares.get(0), HALF / 2))));
        ImportUpload upload = receive("land", ImportFiles.write(dir, "mixed.geojson", json));
        ImportReport report = runAs.user("land", () -> imports.check(
                imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE),
                ImportTarget.PARCELS, PARCEL_FIELDS, ImportProgress.NONE));
        assertThat(report.problems()).extracting(p -> p.featureNumber() + " " + p.message().messageKey()).contains(
                "2 parcel.problem.code-repeated",
                "3 parcel.error.code-taken",
                "4 parcel.problem.overlap",
                "5 parcel.problem.land-use",
                "6 parcel.problem.code-missing",
                "6 parcel.problem.overlap-in-batch");
        assertThat(report.problems()).filteredOn(p -> p.featureNumber() == 1).isEmpty();
    }

    @Test
    void thePowerBureauCannotImportParcelsAndALeaderCannotImportAtAll() throws Exception {
        Path file = ImportFiles.write(dir, "p.geojson", threeParcels("PERM"));
        ImportUpload upload = receive("power", file);
        int before = parcelCount();
        // sites too, as every unit's staff may create sites of their own unit
        assertThat(runAs.user("power", () -> imports.targets()))
                .containsExactly(ImportTarget.SUBSTATIONS, ImportTarget.LINES, ImportTarget.SITES);
        assertThatThrownBy(() -> runAs.user("power", () -> imports.commit(
                imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE),
                ImportTarget.PARCELS, PARCEL_FIELDS, ImportProgress.NONE)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(parcelCount()).isEqualTo(before);
        assertThatThrownBy(() -> receive("leader", file)).isInstanceOf(NotPermittedException.class);
        // a township's staff may import parcels, but only in their own township: the EDZ's are refused feature by feature
        ImportUpload township = receive("xiangxi", file);
        ImportReport report = runAs.user("xiangxi", () -> imports.check(
                imports.stage(township, township.layers().get(0).name(), null, null, ImportProgress.NONE),
                ImportTarget.PARCELS, PARCEL_FIELDS, ImportProgress.NONE));
        assertThat(report.problems()).hasSize(3).allSatisfy(p -> assertThat(p.message().messageKey()).isEqualTo("parcel.error.not-zone-editor"));
    }

    @Test
    void thePowerBureauImportsSubstationsThroughItsOwnRules() throws Exception {
        double[] c = squares.get(0);
        double[] d = squares.get(1);
        String json = ImportFiles.collection(List.of(
                entry(Map.of("code", "IMP-SUB-1", "zh", "测试变电站", "en", "Test substation", "kv", "110kV"),
                        "{\"type\":\"Point\",\"coordinates\":[%.7f,%.7f]}".formatted(c[0], c[1])),
                // a survey with a Chinese name only: the English name takes it, to be translated in the form later
                entry(Map.of("code", "IMP-SUB-2", "zh", "只有中文名", "kv", "110"),
                        "{\"type\":\"Point\",\"coordinates\":[%.7f,%.7f]}".formatted(d[0], d[1]))));
        ImportUpload upload = receive("power", ImportFiles.write(dir, "subs.geojson", json));
        ImportMapping mapping = new ImportMapping(Map.of("code", "code", "nameZh", "zh", "nameEn", "en", "voltageKv", "kv"),
                Map.of("kind", "NEW"));
        int written = runAs.user("power", () -> imports.commit(
                imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE),
                ImportTarget.SUBSTATIONS, mapping, ImportProgress.NONE).features());
        assertThat(written).isEqualTo(2);
        assertThat(jdbc.queryForObject("select name_zh from substation where code = 'IMP-SUB-1'", String.class)).isEqualTo("测试变电站");
        assertThat(jdbc.queryForObject("select name_en from substation where code = 'IMP-SUB-2'", String.class)).isEqualTo("只有中文名");
    }
}
