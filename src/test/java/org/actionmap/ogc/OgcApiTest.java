package org.actionmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import org.actionmap.security.NewAccessToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The OGC API over real HTTP on a random port, against the demo city in PostGIS: the documents' shape, the filters,
 * paging, coordinate systems, and who may read (session, token, neither, revoked, disabled).
 */
class OgcApiTest extends ServedAppWithTokens {

    static final Map<String, String> LIVE_FEATURES = Map.of(
            "parcels", "select count(*) from parcel where deleted_at is null",
            "zones", "select count(*) from zone",
            "substations", "select count(*) from substation where deleted_at is null",
            "power-lines", "select count(*) from power_line where deleted_at is null",
            "sites", "select count(*) from site where deleted_at is null");

    @Autowired
    OgcCollections collections;

    OgcClient leader;

    @BeforeAll
    void createToken() {
        leader = OgcClient.withToken(port, tokenOf("leader").token());
    }

    @Test
    void theLandingPageLinksTheApiDefinitionTheConformanceAndTheCollections() throws Exception {
        JsonNode landing = leader.json("/ogc");
        assertThat(landing.path("title").asText()).isNotBlank();
        assertThat(OgcClient.link(landing, "self")).isEqualTo("http://localhost:" + port + "/ogc");
        assertThat(OgcClient.link(landing, "conformance")).endsWith("/ogc/conformance");
        assertThat(OgcClient.link(landing, "data")).endsWith("/ogc/collections");
        JsonNode api = leader.json(OgcClient.link(landing, "service-desc"));
        assertThat(api.path("openapi").asText()).startsWith("3.0");
        assertThat(api.path("paths").has("/collections/parcels/items")).isTrue();
        List<String> parcelParameters = new ArrayList<>();
        api.path("paths").path("/collections/parcels/items").path("get").path("parameters")
                .forEach(p -> parcelParameters.add(p.path("name").asText()));
        assertThat(parcelParameters).contains("limit", "bbox", "bbox-crs", "crs", "datetime", "status", "purpose", "code");
    }

    @Test
    void conformanceDeclaresCoreGeoJsonAndCoordinateSystemsByReference() throws Exception {
        List<String> classes = new ArrayList<>();
        leader.json("/ogc/conformance").path("conformsTo").forEach(c -> classes.add(c.asText()));
        assertThat(classes).contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void theCollectionsAreTheFiveLayersEachWithItsExtentItsCoordinateSystemsAndItsStorageCrs() throws Exception {
        JsonNode doc = leader.json("/ogc/collections");
        List<String> ids = new ArrayList<>();
        doc.path("collections").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactly("parcels", "power-lines", "sites", "substations", "zones");

        JsonNode parcels = leader.json("/ogc/collections/parcels");
        assertThat(parcels.path("storageCrs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        List<String> crs = new ArrayList<>();
        parcels.path("crs").forEach(c -> crs.add(c.asText()));
        assertThat(crs).containsExactly("http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/def/crs/EPSG/0/4490",
                "http://www.opengis.net/def/crs/EPSG/0/3857", "http://www.opengis.net/def/crs/EPSG/0/4549");
        JsonNode box = parcels.path("extent").path("spatial").path("bbox").get(0);
        Map<String, Object> expected = jdbc.queryForMap("""
                select st_xmin(e) as w, st_ymin(e) as s, st_xmax(e) as e, st_ymax(e) as n, t0, t1
                  from (select st_extent(geom)::box2d as e, min(updated_at) as t0, max(updated_at) as t1
                          from parcel where deleted_at is null) x
                """);
        assertThat(box.get(0).asDouble()).isCloseTo((Double) expected.get("w"), within(1e-9));
        assertThat(box.get(1).asDouble()).isCloseTo((Double) expected.get("s"), within(1e-9));
        assertThat(box.get(2).asDouble()).isCloseTo((Double) expected.get("e"), within(1e-9));
        assertThat(box.get(3).asDouble()).isCloseTo((Double) expected.get("n"), within(1e-9));
        JsonNode interval = parcels.path("extent").path("temporal").path("interval").get(0);
        assertThat(java.time.Instant.parse(interval.get(1).asText())).isEqualTo(((Timestamp) expected.get("t1")).toInstant());
        assertThat(OgcClient.link(parcels, "items")).endsWith("/ogc/collections/parcels/items");
        // zones carry no time, so they have no temporal extent and refuse datetime
        assertThat(leader.json("/ogc/collections/zones").path("extent").has("temporal")).isFalse();
        assertThat(leader.get("/ogc/collections/zones/items?datetime=2011-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void pagingLinksLeadThroughEveryParcelExactlyOnce() throws Exception {
        List<Long> expected = jdbc.queryForList("select id from parcel where deleted_at is null order by id", Long.class);
        assertThat(expected).hasSizeGreaterThan(20);
        List<Long> seen = new ArrayList<>();
        String url = "/ogc/collections/parcels/items?limit=7";
        int pages = 0;
        JsonNode second = null;
        while (url != null) {
            JsonNode page = leader.json(url);
            assertThat(page.path("numberMatched").asLong()).isEqualTo(expected.size());
            assertThat(page.path("numberReturned").asInt()).isEqualTo(page.path("features").size()).isLessThanOrEqualTo(7);
            assertThat(page.path("timeStamp").asText()).isNotBlank();
            seen.addAll(OgcClient.ids(page));
            if (++pages == 2) {
                second = page;
            }
            url = OgcClient.link(page, "next");
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 6) / 7);
        // the way back from the second page is the first page
        assertThat(OgcClient.ids(leader.json(OgcClient.link(second, "prev")))).isEqualTo(expected.subList(0, 7));
    }

    @Test
    void aLimitAboveTheMaximumIsCutToItAndAZeroLimitIsRefused() throws Exception {
        JsonNode page = leader.json("/ogc/collections/parcels/items?limit=100000");
        assertThat(page.path("numberReturned").asInt())
                .isEqualTo(Math.min(1000, jdbc.queryForObject(LIVE_FEATURES.get("parcels"), Integer.class)));
        assertThat(leader.get("/ogc/collections/parcels/items?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aBoxReturnsTheParcelsItIntersectsWhetherGivenInCrs84OrLatitudeFirstInEpsg4490() throws Exception {
        // the south-western quarter of the parcels' extent
        Map<String, Object> e = jdbc.queryForMap("""
                select st_xmin(e) as w, st_ymin(e) as s, (st_xmin(e) + st_xmax(e)) / 2 as e, (st_ymin(e) + st_ymax(e)) / 2 as n
                  from (select st_extent(geom)::box2d as e from parcel where deleted_at is null) x
                """);
        double w = (Double) e.get("w"), s = (Double) e.get("s"), east = (Double) e.get("e"), n = (Double) e.get("n");
        List<Long> expected = jdbc.queryForList("""
                select id from parcel where deleted_at is null and st_intersects(geom, st_makeenvelope(?, ?, ?, ?, 4326)) order by id
                """, Long.class, w, s, east, n);
        long all = jdbc.queryForObject(LIVE_FEATURES.get("parcels"), Long.class);
        assertThat(expected).isNotEmpty().hasSizeLessThan((int) all);

        JsonNode crs84 = leader.json("/ogc/collections/parcels/items?limit=1000&bbox=" + w + "," + s + "," + east + "," + n);
        assertThat(OgcClient.ids(crs84)).containsExactlyElementsOf(expected);
        JsonNode latFirst = leader.json("/ogc/collections/parcels/items?limit=1000&bbox-crs=EPSG:4490&bbox="
                + s + "," + w + "," + n + "," + east);
        assertThat(OgcClient.ids(latFirst)).containsExactlyElementsOf(expected);
        // the same numbers in the wrong order are no box at all in EPSG:4490 (latitude 119 does not exist)
        assertThat(leader.get("/ogc/collections/parcels/items?bbox-crs=EPSG:4490&bbox=" + w + "," + s + "," + east + "," + n)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void anAttributeFilterReturnsOnlyTheFeaturesWithThatValue() throws Exception {
        String status = jdbc.queryForObject("""
                select status from parcel where deleted_at is null group by status order by count(*) desc limit 1
                """, String.class);
        List<Long> expected = jdbc.queryForList("select id from parcel where deleted_at is null and status = ? order by id",
                Long.class, status);
        JsonNode page = leader.json("/ogc/collections/parcels/items?limit=1000&status=" + status);
        assertThat(OgcClient.ids(page)).containsExactlyElementsOf(expected);
        page.path("features").forEach(f -> assertThat(f.path("properties").path("status").asText()).isEqualTo(status));

        long lines110 = jdbc.queryForObject("select count(*) from power_line where deleted_at is null and voltage_kv in (10, 110)", Long.class);
        assertThat(leader.json("/ogc/collections/power-lines/items?voltage_kv=10,110").path("numberMatched").asLong()).isEqualTo(lines110);

        HttpResponse<String> misspelt = leader.get("/ogc/collections/parcels/items?status=BOUGHT");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(OgcClient.JSON.readTree(misspelt.body()).path("code").asText()).isEqualTo("InvalidParameterValue");
        assertThat(OgcClient.JSON.readTree(misspelt.body()).path("description").asText()).contains("BOUGHT", "ACQUIRED");
        assertThat(leader.get("/ogc/collections/parcels/items?colour=red").statusCode()).isEqualTo(400);
    }

    @Test
    void datetimeSelectsFeaturesByTheirLastChange() throws Exception {
        Map<String, Object> parcel = jdbc.queryForMap("select id, updated_at from parcel where deleted_at is null order by id limit 1");
        long id = (Long) parcel.get("id");
        jdbc.update("update parcel set updated_at = '2011-03-01T08:00:00Z' where id = ?", id);
        try {
            assertThat(OgcClient.ids(leader.json("/ogc/collections/parcels/items?datetime=2011-03-01T08:00:00Z"))).containsExactly(id);
            assertThat(OgcClient.ids(leader.json("/ogc/collections/parcels/items?datetime=2011-03-01"))).containsExactly(id);
            assertThat(OgcClient.ids(leader.json("/ogc/collections/parcels/items?datetime=2011-02-01T00:00:00Z/2011-03-31T00:00:00Z"))).containsExactly(id);
            assertThat(OgcClient.ids(leader.json("/ogc/collections/parcels/items?datetime=../2011-12-31"))).containsExactly(id);
            assertThat(leader.json("/ogc/collections/parcels/items?datetime=2011-03-02/..").path("numberMatched").asLong())
                    .isEqualTo(jdbc.queryForObject(LIVE_FEATURES.get("parcels"), Long.class) - 1);
            assertThat(leader.json("/ogc/collections/parcels/items?datetime=2011-03-01T08:00:01%2B00:00").path("numberMatched").asLong()).isZero();
            assertThat(leader.get("/ogc/collections/parcels/items?datetime=yesterday").statusCode()).isEqualTo(400);
            assertThat(leader.get("/ogc/collections/parcels/items?datetime=2011-05-01/2011-03-01").statusCode()).isEqualTo(400);
        } finally {
            jdbc.update("update parcel set updated_at = ? where id = ?", parcel.get("updated_at"), id);
        }
    }

    @Test
    void aDeletedParcelIsLeftOutAndItsAddressAnswers404() throws Exception {
        Map<String, Object> parcel = jdbc.queryForMap("select id, code from parcel where deleted_at is null order by id desc limit 1");
        long id = (Long) parcel.get("id");
        assertThat(leader.get("/ogc/collections/parcels/items/" + id).statusCode()).isEqualTo(200);
        jdbc.update("update parcel set deleted_at = now() where id = ?", id);
        try {
            assertThat(leader.get("/ogc/collections/parcels/items/" + id).statusCode()).isEqualTo(404);
            assertThat(leader.json("/ogc/collections/parcels/items?code=" + parcel.get("code")).path("numberMatched").asLong()).isZero();
        } finally {
            jdbc.update("update parcel set deleted_at = null where id = ?", id);
        }
    }

    @Test
    void epsg4490AnswersLatitudeFirstWithTheCrs84CoordinatesSwapped() throws Exception {
        long id = jdbc.queryForObject("select id from parcel where deleted_at is null order by id limit 1", Long.class);
        HttpResponse<String> lonLat = leader.get("/ogc/collections/parcels/items/" + id);
        HttpResponse<String> latLon = leader.get("/ogc/collections/parcels/items/" + id + "?crs=http://www.opengis.net/def/crs/EPSG/0/4490");
        assertThat(lonLat.headers().firstValue("Content-Crs")).hasValue("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
        assertThat(latLon.headers().firstValue("Content-Crs")).hasValue("<http://www.opengis.net/def/crs/EPSG/0/4490>");
        List<double[]> a = positions(OgcClient.JSON.readTree(lonLat.body()).path("geometry"));
        List<double[]> b = positions(OgcClient.JSON.readTree(latLon.body()).path("geometry"));
        assertThat(a).hasSameSizeAs(b).hasSizeGreaterThan(3);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)[0]).isBetween(118.0, 121.0);   // longitude of Lanxi first in CRS84
            assertThat(b.get(i)[0]).isCloseTo(a.get(i)[1], within(1e-6));
            assertThat(b.get(i)[1]).isCloseTo(a.get(i)[0], within(1e-6));
        }
        // a page of items in EPSG:4326 is latitude first too
        JsonNode page = leader.json("/ogc/collections/parcels/items?crs=EPSG:4326&code=" +
                jdbc.queryForObject("select code from parcel where id = ?", String.class, id));
        assertThat(positions(page.path("features").get(0).path("geometry")).get(0)[0]).isCloseTo(a.get(0)[1], within(1e-6));
    }

    @Test
    void epsg4549AnswersNorthingAndEastingOfTheGaussKrugerZoneAtCentralMeridian120() throws Exception {
        long id = jdbc.queryForObject("select id from substation where deleted_at is null order by id limit 1", Long.class);
        JsonNode lonLat = leader.json("/ogc/collections/substations/items/" + id).path("geometry").path("coordinates");
        HttpResponse<String> response = leader.get("/ogc/collections/substations/items/" + id + "?crs=EPSG:4549");
        assertThat(response.headers().firstValue("Content-Crs")).hasValue("<http://www.opengis.net/def/crs/EPSG/0/4549>");
        JsonNode projected = OgcClient.JSON.readTree(response.body()).path("geometry").path("coordinates");
        double[] expected = GaussKruger.eastingNorthing(lonLat.get(0).asDouble(), lonLat.get(1).asDouble(), 120);
        // EPSG:4549's first axis is the northing (X), its second the easting (Y) with the 500 km false easting
        assertThat(projected.get(0).asDouble()).isBetween(3_000_000.0, 3_500_000.0).isCloseTo(expected[1], within(0.05));
        assertThat(projected.get(1).asDouble()).isBetween(400_000.0, 600_000.0).isCloseTo(expected[0], within(0.05));
        // EPSG:3857 is easting first
        JsonNode mercator = leader.json("/ogc/collections/substations/items/" + id + "?crs=EPSG:3857").path("geometry").path("coordinates");
        assertThat(mercator.get(0).asDouble()).isCloseTo(Math.toRadians(lonLat.get(0).asDouble()) * 6378137, within(0.05));
    }

    @Test
    void anUnknownCoordinateSystemOrParameterIsRefusedWith400AndAnExceptionDocument() throws Exception {
        for (String query : List.of("crs=EPSG:9999", "crs=EPSG:4549x", "bbox-crs=EPSG:2000&bbox=1,2,3,4", "bbox=1,2,3",
                "bbox=3,2,1,4", "offset=-1", "f=html", "limit=ten")) {
            HttpResponse<String> response = leader.get("/ogc/collections/parcels/items?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode error = OgcClient.JSON.readTree(response.body());
            assertThat(error.path("code").asText()).as(query).isEqualTo("InvalidParameterValue");
            assertThat(error.path("description").asText()).as(query).isNotBlank();
        }
        assertThat(leader.get("/ogc/collections/parcels/items?crs=EPSG:9999").body()).contains("EPSG:9999", "EPSG/0/4549");
        assertThat(leader.get("/ogc/collections/roads").statusCode()).isEqualTo(404);
        assertThat(leader.get("/ogc/collections/parcels/items/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutSessionOrTokenTheApiAndTheTilesAnswer401WithAnExceptionDocument() throws Exception {
        OgcClient nobody = OgcClient.anonymous(port);
        for (String path : List.of("/ogc", "/ogc/collections", "/ogc/collections/parcels/items", "/tiles/parcels.json",
                "/tiles/parcels/12/3420/1700.mvt")) {
            HttpResponse<String> response = nobody.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(OgcClient.JSON.readTree(response.body()).path("code").asText()).isEqualTo("Unauthorized");
        }
        assertThat(OgcClient.JSON.readTree(nobody.get("/ogc", "zh-CN").body()).path("description").asText()).contains("令牌");
    }

    @Test
    void aValidTokenReadsWithoutMakingASessionAndRecordsItsUse() throws Exception {
        NewAccessToken token = tokenOf("power");
        HttpResponse<String> response = OgcClient.withToken(port, token.token()).get("/ogc/collections/substations/items");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.queryForObject("select last_used_at is not null from access_token where id = ?", Boolean.class,
                token.info().id())).isTrue();
        // the same token on the vector tiles
        assertThat(OgcClient.withToken(port, token.token()).getBytes("/tiles/parcels/10/851/425.mvt")).isNotNull();
        // the texts follow the token owner's language
        String ownLocale = jdbc.queryForObject("select locale from app_user where username = 'power'", String.class);
        assertThat(OgcClient.withToken(port, token.token()).json("/ogc/collections/parcels").path("title").asText())
                .isEqualTo(ownLocale.startsWith("zh") ? "地块" : "Parcels");
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        NewAccessToken token = tokenOf("land");
        OgcClient client = OgcClient.withToken(port, token.token());
        assertThat(client.get("/ogc/collections").statusCode()).isEqualTo(200);
        revoke("land", token);
        HttpResponse<String> refused = client.get("/ogc/collections");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(client.get("/tiles/parcels.json").statusCode()).isEqualTo(401);
        // a made-up token is refused the same way
        assertThat(OgcClient.withToken(port, "amt_" + "x".repeat(43)).get("/ogc").statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenIsAlsoTakenAsTheBasicPasswordOfItsOwnerButTheAccountPasswordIsNot() throws Exception {
        NewAccessToken token = tokenOf("edz");
        assertThat(OgcClient.withBasic(port, "edz", token.token()).get("/ogc/collections/zones/items").statusCode()).isEqualTo(200);
        assertThat(OgcClient.withBasic(port, "EDZ", token.token()).getBytes("/tiles/parcels/10/851/425.mvt")).isNotNull();
        for (OgcClient refused : List.of(OgcClient.withBasic(port, "land", token.token()),
                OgcClient.withBasic(port, "edz", "edz"),
                OgcClient.withBasic(port, "edz", token.token() + "x"))) {
            HttpResponse<String> response = refused.get("/ogc/collections/zones/items");
            assertThat(response.statusCode()).isEqualTo(401);
            // a Basic challenge would make a browser whose session ended ask for a password over the map
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        revoke("edz", token);
        assertThat(OgcClient.withBasic(port, "edz", token.token()).get("/ogc").statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenOfADisabledUserStopsWorking() throws Exception {
        NewAccessToken token = tokenOf("trade");
        OgcClient client = OgcClient.withToken(port, token.token());
        assertThat(client.get("/ogc/collections/sites/items").statusCode()).isEqualTo(200);
        jdbc.update("update app_user set enabled = false where username = 'trade'");
        try {
            assertThat(client.get("/ogc/collections/sites/items").statusCode()).isEqualTo(401);
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'trade'");
        }
        assertThat(client.get("/ogc/collections/sites/items").statusCode()).isEqualTo(200);
    }

    @Test
    void theBrowserSessionReadsTheApiToo() throws Exception {
        OgcClient browser = OgcClient.signedIn(port, "construction");
        assertThat(browser.get("/ogc/collections/zones/items").statusCode()).isEqualTo(200);
        assertThat(browser.get("/tiles/parcels.json").statusCode()).isEqualTo(200);
    }

    @Test
    void theTileJsonDescribesTheParcelTilesWithAnAbsoluteAddressTheDataBoundsAndTheFields() throws Exception {
        JsonNode tileJson = leader.json("/tiles/parcels.json");
        assertThat(tileJson.path("tilejson").asText()).isEqualTo("3.0.0");
        assertThat(tileJson.path("tiles").get(0).asText()).isEqualTo("http://localhost:" + port + "/tiles/parcels/{z}/{x}/{y}.mvt");
        assertThat(tileJson.path("minzoom").asInt()).isZero();
        assertThat(tileJson.path("maxzoom").asInt()).isEqualTo(18);
        Map<String, Object> e = jdbc.queryForMap("""
                select st_xmin(e) as w, st_ymin(e) as s, st_xmax(e) as e, st_ymax(e) as n
                  from (select st_extent(geom)::box2d as e from parcel where deleted_at is null) x
                """);
        JsonNode bounds = tileJson.path("bounds");
        assertThat(bounds.get(0).asDouble()).isCloseTo((Double) e.get("w"), within(1e-6));
        assertThat(bounds.get(1).asDouble()).isCloseTo((Double) e.get("s"), within(1e-6));
        assertThat(bounds.get(2).asDouble()).isCloseTo((Double) e.get("e"), within(1e-6));
        assertThat(bounds.get(3).asDouble()).isCloseTo((Double) e.get("n"), within(1e-6));
        JsonNode layer = tileJson.path("vector_layers").get(0);
        assertThat(layer.path("id").asText()).isEqualTo("parcels");
        Set<String> fields = new HashSet<>();
        layer.path("fields").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("code", "name", "status", "purpose", "illustrative");
        assertThat(tileJson.path("attribution").asText()).isNotBlank();
    }

    @Test
    void everyCollectionsTitleAndDescriptionAreTranslatedInBothLanguages() throws Exception {
        for (String bundle : List.of("translations.properties", "translations_zh_CN.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (OgcCollection c : collections.all()) {
                assertThat(texts).as(bundle).containsKeys(c.titleKey(), c.titleKey() + ".description");
            }
        }
        assertThat(collections.all()).hasSize(LIVE_FEATURES.size());
    }

    /** Every position of a GeoJSON geometry, in order. */
    static List<double[]> positions(JsonNode geometry) {
        List<double[]> out = new ArrayList<>();
        collect(geometry.path("coordinates"), out);
        return out;
    }

    private static void collect(JsonNode node, List<double[]> out) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            out.add(new double[]{node.get(0).asDouble(), node.get(1).asDouble()});
        } else {
            node.forEach(child -> collect(child, out));
        }
    }
}
