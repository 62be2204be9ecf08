package org.actionmap.importexport;

import com.fasterxml.jackson.databind.JsonNode;
import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.export.ExportCrs;
import org.actionmap.importexport.export.ExportFormat;
import org.actionmap.importexport.export.ExportLayer;
import org.actionmap.importexport.export.ExportRequest;
import org.actionmap.importexport.export.ExportService;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Exports read back with GDAL from real files on disk: every format keeps the features, their Chinese text and their
 * coordinates (against PostGIS's own {@code ST_Transform}); filters and selections keep exactly what they name.
 * Files are left in {@code target/exports/} to look at.
 */
@ActionMapTest
class ExportServiceTest {

    static final Path FILES = Path.of("target", "exports");

    @Autowired
    ExportService export;
    @Autowired
    GdalCommand gdal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;

    @BeforeAll
    static void folder() throws Exception {
        Files.createDirectories(FILES);
    }

    /** Three parcels with Chinese names. */
    private List<String> chineseParcels() {
        List<String> codes = jdbc.queryForList("""
                select code from parcel where deleted_at is null and name ~ '[一-龥]' order by code limit 3
                """, String.class);
        assertThat(codes).hasSize(3);
        return codes;
    }

    @ParameterizedTest(name = "{0} in EPSG:{1}")
    @CsvSource({"geojson, 4549", "geojson, 4490", "gpkg, 4528", "gpkg, 4498", "shp, 4490", "shp, 4549", "kml, 4549",
            "dxf, 4528", "dxf, 4509", "csv, 4490", "csv, 3857", "xlsx, 4549", "xlsx, 4528"})
    void parcelsExportedInAnyFormatReadBackWithTheirNamesAndTheirCoordinatesInTheChosenSystem(String format, int epsg) throws Exception {
        List<String> codes = chineseParcels();
        ExportRequest request = new ExportRequest(ExportLayer.PARCELS, Map.of(), codes,
                ExportFormat.byKey(format).orElseThrow(), ExportCrs.byEpsg(epsg).orElseThrow());
        Path file = write(request, "parcels-" + epsg + "." + request.format().extension());

        String dataSource = request.format() == ExportFormat.SHAPEFILE
                ? "/vsizip/" + file.toAbsolutePath() + "/parcels.shp" : file.toAbsolutePath().toString();
        List<JsonNode> features = ExportFiles.read(gdal, dataSource, FILES);
        assertThat(features).hasSize(3);

        // KML is always WGS84 longitude/latitude, whatever was chosen
        int written = request.format() == ExportFormat.KML ? 4326 : epsg;
        Map<String, double[]> expected = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.query("""
                select code, name, st_xmin(t), st_ymin(t), st_xmax(t), st_ymax(t)
                  from (select code, name, st_transform(geom, ?) as t from parcel where code = any(?)) p
                """, ps -> {
            ps.setInt(1, written);
            ps.setArray(2, ps.getConnection().createArrayOf("varchar", codes.toArray()));
        }, rs -> {
            expected.put(rs.getString(1), new double[]{rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)});
            names.put(rs.getString(1), rs.getString(2));
        });
        // a centimetre, or its equivalent in degrees
        double tolerance = ExportCrs.byEpsg(written).orElseThrow().projected() ? 0.01 : 1e-7;

        if (request.format() == ExportFormat.DXF) {
            // no attribute table in a drawing: the shapes, on the layer named after the portal's layer
            List<double[]> got = features.stream().map(ExportFiles::envelope).sorted(java.util.Comparator.comparingDouble(e -> e[0])).toList();
            List<double[]> want = expected.values().stream().sorted(java.util.Comparator.comparingDouble(e -> e[0])).toList();
            for (int i = 0; i < want.size(); i++) {
                assertEnvelope(got.get(i), want.get(i), tolerance);
            }
            assertThat(features).allSatisfy(f -> assertThat(ExportFiles.text(f, "Layer")).isEqualTo("parcels"));
            // outlines as closed polylines, not GDAL's solid HATCH fills
            assertThat(features).allSatisfy(f -> {
                assertThat(f.path("geometry").path("type").asText()).isIn("LineString", "MultiLineString");
                assertThat(ExportFiles.text(f, "SubClasses")).contains("AcDbPolyline");
            });
            return;
        }
        for (JsonNode feature : features) {
            String code = ExportFiles.text(feature, "code");
            assertThat(expected).containsKey(code);
            assertThat(ExportFiles.text(feature, "name")).as("the Chinese name of %s", code).isEqualTo(names.get(code));
            assertEnvelope(ExportFiles.envelope(feature), expected.get(code), tolerance);
        }
    }

    private static void assertEnvelope(double[] got, double[] want, double tolerance) {
        for (int i = 0; i < 4; i++) {
            assertThat(got[i]).as("coordinate %d of %s against %s", i, java.util.Arrays.toString(got),
                    java.util.Arrays.toString(want)).isCloseTo(want[i], within(tolerance));
        }
    }

    @Test
    void aZippedShapefileHoldsItsFiveFilesAndSaysItsTextIsUtf8() throws Exception {
        Path file = write(new ExportRequest(ExportLayer.PARCELS, Map.of(), chineseParcels(), ExportFormat.SHAPEFILE,
                ExportCrs.CGCS2000_GK3_CM120), "parcels-files.zip");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).containsExactlyInAnyOrder(
                    "parcels.shp", "parcels.shx", "parcels.dbf", "parcels.prj", "parcels.cpg");
            String cpg = new String(zip.getInputStream(zip.getEntry("parcels.cpg")).readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(cpg.trim()).isEqualTo("UTF-8");
            String prj = new String(zip.getInputStream(zip.getEntry("parcels.prj")).readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(prj).contains("CGCS2000").contains("120");
        }
    }

    @Test
    void aFilteredExportHoldsExactlyTheParcelsTheListShows() throws Exception {
        // the zone with the most acquired parcels, and one of the tasks its parcels serve
        String zone = jdbc.queryForObject("""
                select z.code from parcel p join zone z on z.id = p.zone_id
                 where p.deleted_at is null and p.status = 'ACQUIRED' group by z.code order by count(*) desc, z.code limit 1
                """, String.class);
        List<String> expected = jdbc.queryForList("""
                select p.code from parcel p join zone z on z.id = p.zone_id
                 where p.deleted_at is null and p.status = 'ACQUIRED' and z.code = ? order by p.code
                """, String.class, zone);
        long all = jdbc.queryForObject("select count(*) from parcel where deleted_at is null", Long.class);
        assertThat(expected).isNotEmpty().hasSizeLessThan((int) all);

        ExportRequest request = ExportRequest.fromParameters(Map.of("layer", List.of("parcels"),
                "status", List.of("ACQUIRED"), "zone", List.of(zone), "format", List.of("geojson"), "crs", List.of("4490")));
        assertThat(runAs.user("leader", () -> export.preview(request)).count()).isEqualTo(expected.size());
        Path file = write(request, "parcels-acquired.geojson");
        List<String> codes = ExportFiles.read(gdal, file.toAbsolutePath().toString(), FILES).stream()
                .map(f -> ExportFiles.text(f, "code")).sorted().toList();
        assertThat(codes).isEqualTo(expected);
    }

    @Test
    void aTaskFilterOnSitesAndAVoltageFilterOnLinesKeepWhatTheDatabaseLinks() {
        Map<String, Object> task = jdbc.queryForMap("""
                select t.number, count(*) as n from site_task st join plan_task t on t.id = st.task_id
                  join site s on s.id = st.site_id where s.deleted_at is null group by t.number order by n desc limit 1
                """);
        ExportRequest sites = ExportRequest.fromParameters(Map.of("layer", List.of("sites"),
                "task", List.of(String.valueOf(task.get("number")))));
        assertThat(runAs.user("xiangxi", () -> export.codes(sites))).hasSize(((Number) task.get("n")).intValue());

        List<String> tenKv = jdbc.queryForList("select code from power_line where deleted_at is null and voltage_kv = 10 order by code", String.class);
        ExportRequest lines = ExportRequest.fromParameters(Map.of("layer", List.of("power-lines"), "voltage", List.of("10")));
        assertThat(runAs.user("power", () -> export.codes(lines))).containsExactlyInAnyOrderElementsOf(tenKv).isNotEmpty();
    }

    @Test
    void aSelectionHoldsExactlyItsCodesAndNamesThoseThatDoNotExist() throws Exception {
        List<String> codes = chineseParcels().subList(0, 2);
        ExportRequest request = ExportRequest.fromParameters(Map.of("layer", List.of("parcels"),
                "codes", List.of(codes.get(0) + "," + codes.get(1) + ",NO-SUCH-PARCEL"), "format", List.of("gpkg")));
        var preview = runAs.user("land", () -> export.preview(request));
        assertThat(preview.count()).isEqualTo(2);
        assertThat(preview.unknownCodes()).containsExactly("NO-SUCH-PARCEL");
        Path file = write(request, "parcels-selection.gpkg");
        assertThat(ExportFiles.read(gdal, file.toAbsolutePath().toString(), FILES).stream()
                .map(f -> ExportFiles.text(f, "code")).toList()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void everyLayerExportsAsAGeoPackageWithAsManyFeaturesAsTheDatabaseHolds() throws Exception {
        Map<ExportLayer, String> tables = Map.of(ExportLayer.PARCELS, "parcel", ExportLayer.SUBSTATIONS, "substation",
                ExportLayer.POWER_LINES, "power_line", ExportLayer.RURAL_AREAS, "rural_area", ExportLayer.SITES, "site");
        for (var layer : tables.entrySet()) {
            long count = jdbc.queryForObject("select count(*) from " + layer.getValue() + " where deleted_at is null", Long.class);
            Path file = write(new ExportRequest(layer.getKey(), Map.of(), List.of(), ExportFormat.GPKG, ExportCrs.CGCS2000),
                    layer.getKey().key() + "-all.gpkg");
            assertThat(ExportFiles.read(gdal, file.toAbsolutePath().toString(), FILES)).as(layer.getKey().key()).hasSize((int) count);
        }
        long zones = jdbc.queryForObject("select count(*) from zone", Long.class);
        Path file = write(new ExportRequest(ExportLayer.ZONES, Map.of(), List.of(), ExportFormat.GPKG, ExportCrs.CGCS2000), "zones-all.gpkg");
        assertThat(ExportFiles.read(gdal, file.toAbsolutePath().toString(), FILES)).hasSize((int) zones)
                .allSatisfy(z -> assertThat(Double.parseDouble(ExportFiles.text(z, "area_m2"))).isPositive());
    }

    @Test
    void sitesOfPointsAndOutlinesGoIntoOneShapefileEach() throws Exception {
        long points = jdbc.queryForObject("select count(*) from site where deleted_at is null and geometrytype(geom) = 'POINT'", Long.class);
        long outlines = jdbc.queryForObject("select count(*) from site where deleted_at is null and geometrytype(geom) like '%POLYGON'", Long.class);
        assertThat(points).isPositive();
        assertThat(outlines).isPositive();
        Path file = write(new ExportRequest(ExportLayer.SITES, Map.of(), List.of(), ExportFormat.SHAPEFILE, ExportCrs.CGCS2000_GK3_CM120),
                "sites-all.zip");
        String zip = "/vsizip/" + file.toAbsolutePath();
        assertThat(ExportFiles.read(gdal, zip + "/sites_points.shp", FILES)).hasSize((int) points);
        assertThat(ExportFiles.read(gdal, zip + "/sites_polygons.shp", FILES)).hasSize((int) outlines);
    }

    @Test
    void signedOutNothingIsSelectedOrWritten() {
        ExportRequest request = ExportRequest.fromParameters(Map.of("layer", List.of("parcels")));
        assertThatThrownBy(() -> export.write(request, OutputStream.nullOutputStream())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> export.preview(request)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> export.codes(request)).isInstanceOf(NotPermittedException.class);
        // signed in, the same request is answered
        assertThat(runAs.user("leader", () -> export.preview(request)).count()).isPositive();
    }

    @Test
    void aDrawingInDegreesAFilterTheListHasNotAndAValueThatNamesNothingAreRefusedWithTheirReason() {
        ExportRequest geographicDxf = new ExportRequest(ExportLayer.PARCELS, Map.of(), List.of(), ExportFormat.DXF, ExportCrs.CGCS2000);
        assertThatThrownBy(() -> runAs.user("land", () -> {
            export.write(geographicDxf, OutputStream.nullOutputStream());
            return null;
        })).isInstanceOf(UserMessageException.class).hasMessageContaining("export.error.projected-only");
        assertThatThrownBy(() -> ExportRequest.fromParameters(Map.of("layer", List.of("power-lines"), "zone", List.of("X"))))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("export.error.filter");
        ExportRequest noSuchStatus = ExportRequest.fromParameters(Map.of("layer", List.of("parcels"), "status", List.of("SOLD")));
        assertThatThrownBy(() -> runAs.user("land", () -> export.preview(noSuchStatus)))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("export.error.value");
    }

    @Test
    void everyDateColumnIsADateWhateverTheValuesAndAParcelsNotesAreExported() throws Exception {
        // new industrial land that has not been levelled: no value in levelled, supplied or any idle-land step
        List<String> codes = jdbc.queryForList("""
                select code from parcel where deleted_at is null and status = 'ACQUIRED' order by code limit 2
                """, String.class);
        assertThat(codes).hasSize(2);
        String notes = "业主要求分期供地；东侧与 DS-N02 共用道路";
        String before = jdbc.queryForObject("select notes from parcel where code = ?", String.class, codes.get(0));
        jdbc.update("update parcel set notes = ? where code = ?", notes, codes.get(0));
        try {
            for (ExportFormat format : List.of(ExportFormat.GPKG, ExportFormat.SHAPEFILE)) {
                Path file = write(new ExportRequest(ExportLayer.PARCELS, Map.of(), codes, format, ExportCrs.CGCS2000_GK3_CM120),
                        "parcels-types." + format.extension());
                String dataSource = format == ExportFormat.SHAPEFILE
                        ? "/vsizip/" + file.toAbsolutePath() + "/parcels.shp" : file.toAbsolutePath().toString();
                Map<String, String> types = ExportFiles.fieldTypes(gdal, dataSource, FILES);
                assertThat(types).as(format.key()).containsEntry("acquired", "Date").containsEntry("levelled", "Date")
                        .containsEntry("supplied", "Date").containsEntry("identified", "Date")
                        .containsEntry("disposal", "Date").containsEntry("cleared", "Date")
                        .containsEntry("area_m2", "Real").containsEntry("notes", "String")
                        // "planned" is where new land starts and carries no date: no column that is always empty
                        .doesNotContainKey("planned");
                Map<String, JsonNode> byCode = ExportFiles.read(gdal, dataSource, FILES).stream()
                        .collect(Collectors.toMap(f -> ExportFiles.text(f, "code"), f -> f));
                assertThat(ExportFiles.text(byCode.get(codes.get(0)), "notes")).as(format.key()).isEqualTo(notes);
                assertThat(ExportFiles.text(byCode.get(codes.get(0)), "acquired")).as(format.key()).matches("2011[-/]\\d\\d[-/]\\d\\d");
            }
        } finally {
            jdbc.update("update parcel set notes = ? where code = ?", before, codes.get(0));
        }

        // investment-promotion stations: points (no area) that open, never start or complete
        Path stations = write(new ExportRequest(ExportLayer.SITES, Map.of("kind", "INVESTMENT_STATION"), List.of(),
                ExportFormat.GPKG, ExportCrs.CGCS2000), "sites-stations-types.gpkg");
        assertThat(ExportFiles.fieldTypes(gdal, stations.toAbsolutePath().toString(), FILES))
                .containsEntry("started", "Date").containsEntry("completed", "Date").containsEntry("opened", "Date")
                .containsEntry("area_m2", "Real").containsEntry("area_mu", "Real").containsKey("notes");
        // planned lines carry no completion date
        Path planned = write(new ExportRequest(ExportLayer.POWER_LINES, Map.of("status", "PLANNED"), List.of(),
                ExportFormat.SHAPEFILE, ExportCrs.CGCS2000_GK3_CM120), "power-lines-planned-types.zip");
        assertThat(ExportFiles.fieldTypes(gdal, "/vsizip/" + planned.toAbsolutePath() + "/power_lines.shp", FILES))
                .containsEntry("completed", "Date").containsEntry("length_km", "Real");
    }

    @Test
    void aFilesNameSaysWhatItHolds() {
        assertThat(export.fileName(new ExportRequest(ExportLayer.PARCELS, Map.of(), List.of(), ExportFormat.GPKG,
                ExportCrs.CGCS2000))).isEqualTo("parcels-2011-09-20.gpkg");
        // the filters in the order of the list, statuses and purposes in lower case
        assertThat(export.fileName(ExportRequest.fromParameters(Map.of("layer", List.of("parcels"), "status", List.of("ACQUIRED"),
                "zone", List.of("EDZ-JN"))))).isEqualTo("parcels-EDZ-JN-acquired-2011-09-20.gpkg");
        assertThat(export.fileName(ExportRequest.fromParameters(Map.of("layer", List.of("parcels"), "task", List.of("5"),
                "purpose", List.of("IDLE_LAND"), "status", List.of("IN_DISPOSAL"), "format", List.of("shp")))))
                .isEqualTo("parcels-in-disposal-idle-land-task-5-2011-09-20.zip");
        assertThat(export.fileName(ExportRequest.fromParameters(Map.of("layer", List.of("power-lines"), "voltage", List.of("10kV"),
                "format", List.of("kml"))))).isEqualTo("power-lines-10kV-2011-09-20.kml");
        assertThat(export.fileName(ExportRequest.fromParameters(Map.of("layer", List.of("sites"), "kind", List.of("KEY_PROJECT"),
                "unit", List.of("ECON_TRADE"), "format", List.of("csv"))))).isEqualTo("sites-key-project-ECON_TRADE-EPSG4490-2011-09-20.csv");
        // one feature by its code; several by their number and the time, so that two selections never share a name
        assertThat(export.fileName(new ExportRequest(ExportLayer.PARCELS, Map.of(), List.of("DS-N01"), ExportFormat.GPKG,
                ExportCrs.CGCS2000))).isEqualTo("parcels-DS-N01-2011-09-20.gpkg");
        assertThat(export.fileName(new ExportRequest(ExportLayer.PARCELS, Map.of(), List.of("DS-N01", "DS-N02", "DS-N03"),
                ExportFormat.XLSX, ExportCrs.CGCS2000))).matches("parcels-selection-3-EPSG4490-2011-09-20-\\d{6}\\.xlsx");
        // nothing but ASCII letters, digits, hyphens and underscores
        assertThat(export.fileName(new ExportRequest(ExportLayer.PARCELS, Map.of(), List.of("香溪 1/2号"), ExportFormat.GPKG,
                ExportCrs.CGCS2000))).isEqualTo("parcels-1-2-2011-09-20.gpkg");
        assertThat(export.fileName(new ExportRequest(ExportLayer.PARCELS, Map.of(), List.of("香溪地块"), ExportFormat.GPKG,
                ExportCrs.CGCS2000))).isEqualTo("parcels-selection-1-2011-09-20.gpkg");
    }

    @Test
    void anAddressWithoutALayerIsRefusedRatherThanTakenForParcels() {
        assertThat(ExportRequest.namesLayer(Map.of("format", List.of("gpkg")))).isFalse();
        assertThatThrownBy(() -> ExportRequest.fromParameters(Map.of("status", List.of("ACQUIRED"))))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("export.choose-layer");
    }

    private Path write(ExportRequest request, String name) throws Exception {
        Path file = FILES.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            runAs.user("land", () -> {
                export.write(request, out);
                return null;
            });
        }
        return file;
    }
}
