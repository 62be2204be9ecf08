package org.actionmap.ogc;

import org.actionmap.security.NewAccessToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GDAL's own drivers (Debian's gdal-bin) read the portal as a desktop client would: the OAPIF driver every collection
 * of the OGC API, the MVT driver a parcel tile, both with the token in GDAL_HTTP_HEADERS.
 */
class OgcGdalTest extends ServedAppWithTokens {

    private static final Pattern FEATURE_COUNT = Pattern.compile("Feature Count: (\\d+)");

    NewAccessToken token;

    @BeforeAll
    void createToken() {
        token = tokenOf("leader");
    }

    @Test
    void gdalsOapifDriverCountsAsManyFeaturesInEveryCollectionAsTheDatabaseHolds() throws Exception {
        for (Map.Entry<String, String> collection : OgcApiTest.LIVE_FEATURES.entrySet()) {
            Result result = ogrinfo(token.token(), "-ro", "-so", "OAPIF:http://localhost:" + port + "/ogc", collection.getKey());
            assertThat(result.exit).as(collection.getKey() + ":\n" + result.output).isZero();
            Matcher count = FEATURE_COUNT.matcher(result.output);
            assertThat(count.find()).as(result.output).isTrue();
            assertThat(Long.parseLong(count.group(1))).as(collection.getKey())
                    .isEqualTo(jdbc.queryForObject(collection.getValue(), Long.class)).isPositive();
        }
    }

    @Test
    void gdalReadsEveryParcelAndItsFieldsThroughThePages() throws Exception {
        // without -so GDAL fetches every feature, following the next links page by page
        Result result = ogrinfo(token.token(), "-ro", "-al", "-q", "-oo", "PAGE_SIZE=10",
                "OAPIF:http://localhost:" + port + "/ogc", "parcels");
        assertThat(result.exit).as(result.output).isZero();
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("\\n\\s+code \\(String\\) = (\\S+)").matcher(result.output);
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("select code from parcel where deleted_at is null", String.class));
    }

    @Test
    void gdalWithoutTheTokenIsRefused() throws Exception {
        Result result = ogrinfo(null, "-ro", "-so", "OAPIF:http://localhost:" + port + "/ogc", "parcels");
        assertThat(result.exit).as(result.output).isNotZero();
        assertThat(result.output).doesNotContain("Feature Count");
    }

    @Test
    void gdalsMvtDriverReadsAParcelTileWithItsFields() throws Exception {
        // the zoom 14 tile under the first parcel's centre
        Map<String, Object> tile = jdbc.queryForMap("""
                with c as (select st_transform(st_pointonsurface(geom), 3857) as p from parcel where deleted_at is null order by id limit 1)
                select floor((st_x(p) + 20037508.342789244) / (2 * 20037508.342789244 / 16384))::int as x,
                       floor((20037508.342789244 - st_y(p)) / (2 * 20037508.342789244 / 16384))::int as y from c
                """);
        int x = (Integer) tile.get("x"), y = (Integer) tile.get("y");
        long inside = jdbc.queryForObject("""
                select count(*) from parcel where deleted_at is null
                   and st_intersects(st_transform(geom, 3857), st_tileenvelope(14, ?, ?))
                """, Long.class, x, y);
        long touching = jdbc.queryForObject("""
                select count(*) from parcel where deleted_at is null and geom && st_transform(st_tileenvelope(14, ?, ?), 4326)
                """, Long.class, x, y);
        assertThat(inside).isPositive();
        Result result = ogrinfo(token.token(), "-ro", "-so", "MVT:http://localhost:" + port + "/tiles/parcels/14/" + x + "/" + y + ".mvt");
        assertThat(result.exit).as(result.output).isZero();
        Result layer = ogrinfo(token.token(), "-ro", "-so", "MVT:http://localhost:" + port + "/tiles/parcels/14/" + x + "/" + y + ".mvt", "parcels");
        assertThat(layer.exit).as(layer.output).isZero();
        Matcher count = FEATURE_COUNT.matcher(layer.output);
        assertThat(count.find()).as(layer.output).isTrue();
        assertThat(Long.parseLong(count.group(1))).isBetween(inside, touching);
        assertThat(layer.output).contains("code: String", "status: String", "purpose: String");
    }

    private record Result(int exit, String output) {
    }

    /** ogrinfo without a shell; the token goes in GDAL_HTTP_HEADERS as a QGIS or GDAL user would set it. */
    private static Result ogrinfo(String token, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogrinfo"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("GDAL_HTTP_HEADERS");
        if (token != null) {
            builder.environment().put("GDAL_HTTP_HEADERS", "Authorization: Bearer " + token);
        }
        builder.environment().put("NO_PROXY", "localhost,127.0.0.1");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ogrinfo did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
