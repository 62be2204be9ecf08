package org.actionmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import org.actionmap.security.NewAccessToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QGIS itself (Debian's python3-qgis and qgis-providers, 3.22, headless) opens the portal the way the README tells a
 * desktop user to: a Basic authentication configuration holding the user name and a personal access token, the OGC
 * API Features connection (the OAPIF provider) for every collection, and a vector tile connection made from the
 * parcel TileJSON, rendered. The script ({@code src/test/qgis/qgis_reads_actionmap.py}) only reports; the comparisons
 * with the database are here.
 */
class OgcQgisTest extends ServedAppWithTokens {

    private static final Path SCRIPT = Path.of("src/test/qgis/qgis_reads_actionmap.py");
    /** Debian's python, the one python3-qgis is built for (a python3 earlier on PATH may be another). */
    private static final String PYTHON = "/usr/bin/python3";

    JsonNode qgis;
    Path out;

    @BeforeAll
    void qgisReadsThePortal() throws Exception {
        NewAccessToken token = tokenOf("leader");
        out = Files.createDirectories(Path.of("target", "qgis"));
        List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPT.toString(), "http://localhost:" + port, "leader",
                token.token(), out.toAbsolutePath().toString()));
        command.addAll(OgcApiTest.LIVE_FEATURES.keySet());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(out.resolve("qgis-stderr.txt").toFile());
        // QGIS keeps its profile and authentication database under HOME: a fresh one for every run
        Path home = Files.createTempDirectory(out, "home");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_RUNTIME_DIR", home.toString());
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        builder.environment().put("NO_PROXY", "localhost,127.0.0.1");
        builder.environment().remove("PYTHONHOME");
        builder.environment().remove("PYTHONPATH");
        Process process = builder.start();
        byte[] stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("QGIS did not finish in 5 minutes");
        }
        String printed = new String(stdout, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed + "\n" + stderr()).isZero();
        qgis = OgcClient.JSON.readTree(printed.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void qgisOpensEveryCollectionAndReadsAsManyFeaturesWithGeometryAsTheDatabaseHolds() {
        for (Map.Entry<String, String> collection : OgcApiTest.LIVE_FEATURES.entrySet()) {
            JsonNode layer = qgis.path("collections").path(collection.getKey());
            assertThat(layer.path("valid").asBoolean()).as(collection.getKey() + ": " + layer).isTrue();
            long expected = jdbc.queryForObject(collection.getValue(), Long.class);
            assertThat(layer.path("features").asLong()).as(collection.getKey()).isEqualTo(expected).isPositive();
            assertThat(layer.path("withGeometry").asLong()).as(collection.getKey()).isEqualTo(expected);
            assertThat(layer.path("crs").asText()).as(collection.getKey()).isIn("OGC:CRS84", "EPSG:4326");
        }
    }

    @Test
    void qgisReadsTheParcelsFieldsAndChineseTextAsStored() {
        JsonNode parcels = qgis.path("collections").path("parcels");
        List<String> fields = new ArrayList<>();
        parcels.path("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("code", "name", "status");
        List<String> codes = new ArrayList<>();
        parcels.path("codes").forEach(c -> codes.add(c.asText()));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("select code from parcel where deleted_at is null", String.class));
        JsonNode zones = qgis.path("collections").path("zones");
        List<String> zoneCodes = new ArrayList<>();
        zones.path("codes").forEach(c -> zoneCodes.add(c.asText()));
        assertThat(zoneCodes).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select code from zone", String.class));
    }

    @Test
    void qgisDrawsTheParcelVectorTilesDescribedByTheTileJsonAndNothingWhereThereAreNoParcels() {
        JsonNode tiles = qgis.path("tiles");
        assertThat(tiles.path("valid").asBoolean()).as(tiles.toString()).isTrue();
        assertThat(tiles.path("sourceMinZoom").asInt()).isZero();
        assertThat(tiles.path("sourceMaxZoom").asInt()).isEqualTo(18);
        assertThat(tiles.path("errorsOverParcels")).as(tiles.toString()).isEmpty();
        // the parcels cover a visible share of a map framed on their extent (the picture is in target/qgis)
        assertThat(tiles.path("paintedOverParcels").asInt()).as(tiles.toString()).isGreaterThan(200);
        assertThat(tiles.path("paintedElsewhere").asInt()).as(tiles.toString()).isZero();
    }

    private String stderr() throws IOException {
        Path file = out.resolve("qgis-stderr.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
