package org.actionmap.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * OGC API - Features (Part 1 Core with GeoJSON, Part 2 coordinate systems by reference) at {@code /ogc}, for QGIS and
 * GDAL. Read-only: the signed-in session or a personal access token reads every collection, as in the portal
 * ({@code security.AccessRules}: every signed-in user reads every layer). A page of features is one PostGIS query
 * that filters, counts, pages, transforms ({@code ST_Transform}, {@code ST_FlipCoordinates} for the CRS's axis order)
 * and writes the GeoJSON ({@code ST_AsGeoJSON}, {@code json_agg}); Java only wraps the envelope and the links around it.
 */
@RestController
class OgcApiController {

    private static final Logger log = LoggerFactory.getLogger(OgcApiController.class);

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    static final MediaType OPENAPI_JSON = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    static final String QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private final OgcCollections collections;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    OgcApiController(OgcCollections collections, JdbcTemplate jdbc, CurrentUser currentUser, ObjectMapper json) {
        this.collections = collections;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GetMapping({"/ogc", "/ogc/"})
    ResponseEntity<String> landingPage(HttpServletRequest request) {
        checkMetadataRequest(request);
        OgcTexts texts = texts();
        String base = base();
        ObjectNode page = json.createObjectNode();
        page.put("title", texts.t("ogc.title"));
        page.put("description", texts.t("ogc.description"));
        ArrayNode links = page.putArray("links");
        link(links, base, "self", "application/json", texts.t("ogc.link.self"));
        link(links, base + "/api", "service-desc", OPENAPI_JSON.toString(), texts.t("ogc.link.api"));
        link(links, base + "/conformance", "conformance", "application/json", texts.t("ogc.link.conformance"));
        link(links, base + "/collections", "data", "application/json", texts.t("ogc.link.collections"));
        return ok(page, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/ogc/conformance")
    ResponseEntity<String> conformance(HttpServletRequest request) {
        checkMetadataRequest(request);
        ObjectNode doc = json.createObjectNode();
        CONFORMANCE.forEach(doc.putArray("conformsTo")::add);
        return ok(doc, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/ogc/api")
    ResponseEntity<String> apiDefinition(HttpServletRequest request) {
        checkMetadataRequest(request);
        return ok(new OpenApiDocument(json, texts(), base(), collections.all()).build(), OPENAPI_JSON);
    }

    @GetMapping("/ogc/collections")
    ResponseEntity<String> collections(HttpServletRequest request) {
        checkMetadataRequest(request);
        OgcTexts texts = texts();
        String base = base();
        ObjectNode doc = json.createObjectNode();
        ArrayNode links = doc.putArray("links");
        link(links, base + "/collections", "self", "application/json", texts.t("ogc.link.self"));
        ArrayNode list = doc.putArray("collections");
        collections.all().forEach(c -> list.add(describe(c, texts, base)));
        Crs.uris().forEach(doc.putArray("crs")::add);
        return ok(doc, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/ogc/collections/{collectionId}")
    ResponseEntity<String> collection(@PathVariable String collectionId, HttpServletRequest request) {
        checkMetadataRequest(request);
        OgcCollection collection = find(collectionId);
        return ok(describe(collection, texts(), base()), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/ogc/collections/{collectionId}/queryables")
    ResponseEntity<String> queryables(@PathVariable String collectionId, HttpServletRequest request) {
        checkMetadataRequest(request);
        OgcCollection collection = find(collectionId);
        OgcTexts texts = texts();
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2019-09/schema");
        schema.put("$id", base() + "/collections/" + collection.id() + "/queryables");
        schema.put("type", "object");
        schema.put("title", texts.t(collection.titleKey()));
        ObjectNode properties = schema.putObject("properties");
        for (OgcCollection.Queryable q : collection.queryables()) {
            ObjectNode property = properties.putObject(q.name());
            property.put("type", q.type() == OgcCollection.Type.INTEGER ? "integer" : "string");
            if (!q.values().isEmpty()) {
                q.values().forEach(property.putArray("enum")::add);
            }
        }
        if (collection.temporal()) {
            properties.putObject("updated_at").put("type", "string").put("format", "date-time")
                    .put("description", texts.t("ogc.queryable.updated_at"));
        }
        schema.put("additionalProperties", false);
        return ok(schema, SCHEMA_JSON);
    }

    @GetMapping("/ogc/collections/{collectionId}/items")
    ResponseEntity<String> items(@PathVariable String collectionId, HttpServletRequest request) {
        OgcCollection collection = find(collectionId);
        ItemsQuery query = new ItemsQuery(collection, request.getParameterMap());
        String sql = """
                with f as not materialized (%s),
                     matched as (select f.id from f where %s),
                     page as (select id from matched order by id limit %d offset %d)
                select (select count(*) from matched) as matched,
                       (select count(*) from page) as returned,
                       (select coalesce(json_agg(%s order by f.id), '[]'::json) from f join page using (id))::text as features
                """.formatted(collection.select(), query.where(), query.limit, query.offset, feature(query.crs));
        Page page = jdbc.queryForObject(sql, (rs, i) -> new Page(rs.getLong("matched"), rs.getLong("returned"),
                rs.getString("features")), query.args.toArray());

        OgcTexts texts = texts();
        String itemsUrl = base() + "/collections/" + collection.id() + "/items";
        ObjectNode envelope = json.createObjectNode();
        envelope.put("type", "FeatureCollection");
        envelope.put("numberMatched", page.matched);
        envelope.put("numberReturned", page.returned);
        envelope.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode links = envelope.putArray("links");
        Map<String, String[]> params = request.getParameterMap();
        link(links, itemsUrl + query(params, null), "self", GEO_JSON.toString(), texts.t("ogc.link.self"));
        link(links, base() + "/collections/" + collection.id(), "collection", "application/json", texts.t(collection.titleKey()));
        if (query.offset + page.returned < page.matched && page.returned > 0) {
            link(links, itemsUrl + query(params, query.offset + query.limit), "next", GEO_JSON.toString(), texts.t("ogc.link.next"));
        }
        if (query.offset > 0) {
            link(links, itemsUrl + query(params, Math.max(0, query.offset - query.limit)), "prev", GEO_JSON.toString(),
                    texts.t("ogc.link.prev"));
        }
        String head = write(envelope);
        String body = head.substring(0, head.length() - 1) + ",\"features\":" + page.features + "}";
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", query.crs.header())
                .cacheControl(CacheControl.noCache()).body(body);
    }

    @GetMapping("/ogc/collections/{collectionId}/items/{featureId}")
    ResponseEntity<String> item(@PathVariable String collectionId, @PathVariable String featureId, HttpServletRequest request) {
        OgcCollection collection = find(collectionId);
        refuseUnknown(request.getParameterMap(), Set.of("f", "crs"));
        checkFormat(request.getParameter("f"));
        Crs crs = crs(request.getParameter("crs"), "crs");
        long id;
        try {
            id = Long.parseLong(featureId);
        } catch (NumberFormatException e) {
            throw OgcException.notFound("ogc.error.no-feature", featureId, collection.id());
        }
        String feature = jdbc.query("with f as not materialized (%s) select %s::text from f where f.id = ?"
                        .formatted(collection.select(), feature(crs)),
                (rs, i) -> rs.getString(1), id).stream().findFirst()
                .orElseThrow(() -> OgcException.notFound("ogc.error.no-feature", featureId, collection.id()));
        OgcTexts texts = texts();
        ArrayNode links = json.createArrayNode();
        String collectionUrl = base() + "/collections/" + collection.id();
        link(links, collectionUrl + "/items/" + id + query(request.getParameterMap(), null), "self", GEO_JSON.toString(),
                texts.t("ogc.link.self"));
        link(links, collectionUrl, "collection", "application/json", texts.t(collection.titleKey()));
        String body = feature.substring(0, feature.length() - 1) + ",\"links\":" + write(links) + "}";
        return ResponseEntity.ok().contentType(GEO_JSON).header("Content-Crs", crs.header())
                .cacheControl(CacheControl.noCache()).body(body);
    }

    @ExceptionHandler(OgcException.class)
    ResponseEntity<String> refused(OgcException e) {
        return exception(e.status, e.code, texts().t(e.messageKey, e.args));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<String> failed(DataAccessException e) {
        log.error("OGC API query failed", e);
        return exception(HttpStatus.INTERNAL_SERVER_ERROR, "ServerError", texts().t("ogc.error.server"));
    }

    private ResponseEntity<String> exception(HttpStatus status, String code, String description) {
        ObjectNode doc = json.createObjectNode();
        doc.put("code", code);
        doc.put("description", description);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(write(doc));
    }

    /** One feature as GeoJSON in the CRS asked for, from the row {@code f}. */
    private static String feature(Crs crs) {
        return "json_build_object('type', 'Feature', 'id', f.id, 'geometry', st_asgeojson(%s, %d, 0)::json, 'properties', f.properties)"
                .formatted(crs.fromStorage("f.geom"), crs.digits);
    }

    /** A collection's description: links, extent of its live features, and its coordinate systems. */
    private ObjectNode describe(OgcCollection collection, OgcTexts texts, String base) {
        String url = base + "/collections/" + collection.id();
        ObjectNode doc = json.createObjectNode();
        doc.put("id", collection.id());
        doc.put("title", texts.t(collection.titleKey()));
        doc.put("description", texts.t(collection.titleKey() + ".description"));
        doc.put("itemType", "feature");
        ArrayNode links = doc.putArray("links");
        link(links, url, "self", "application/json", texts.t("ogc.link.self"));
        link(links, url + "/items", "items", GEO_JSON.toString(), texts.t("ogc.link.items"));
        link(links, url + "/queryables", QUERYABLES_REL, SCHEMA_JSON.toString(), texts.t("ogc.link.queryables"));
        Extent extent = jdbc.queryForObject("""
                select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e), t0, t1
                  from (select st_extent(f.geom)::box2d as e, min(f.updated_at) as t0, max(f.updated_at) as t1
                          from (%s) f) x
                """.formatted(collection.select()), (rs, i) -> new Extent(
                (Double) rs.getObject(1), (Double) rs.getObject(2), (Double) rs.getObject(3), (Double) rs.getObject(4),
                rs.getTimestamp(5), rs.getTimestamp(6)));
        ObjectNode extentNode = doc.putObject("extent");
        if (extent.minX != null) {
            ObjectNode spatial = extentNode.putObject("spatial");
            ArrayNode box = spatial.putArray("bbox").addArray();
            box.add(extent.minX).add(extent.minY).add(extent.maxX).add(extent.maxY);
            spatial.put("crs", Crs.CRS84.uri);
        }
        if (collection.temporal() && extent.firstUpdate != null) {
            ObjectNode temporal = extentNode.putObject("temporal");
            temporal.putArray("interval").addArray()
                    .add(extent.firstUpdate.toInstant().toString()).add(extent.lastUpdate.toInstant().toString());
            temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        }
        Crs.uris().forEach(doc.putArray("crs")::add);
        doc.put("storageCrs", Crs.STORAGE.uri);
        return doc;
    }

    private OgcCollection find(String id) {
        return collections.find(id).orElseThrow(() -> OgcException.notFound("ogc.error.no-collection", id));
    }

    private void checkMetadataRequest(HttpServletRequest request) {
        refuseUnknown(request.getParameterMap(), Set.of("f"));
        checkFormat(request.getParameter("f"));
    }

    /** The standard asks for 400 on a parameter the API does not define, so that a typo is not silently ignored. */
    static void refuseUnknown(Map<String, String[]> params, Set<String> known) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw OgcException.badParameter("ogc.error.unknown-parameter", String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(known)));
        }
    }

    /** JSON is the only encoding ({@code f=json}, or GeoJSON for features). */
    static void checkFormat(String f) {
        if (f != null && !Set.of("json", "geojson", "application/json", "application/geo+json").contains(f.strip().toLowerCase(Locale.ROOT))) {
            throw OgcException.badParameter("ogc.error.format", f);
        }
    }

    static Crs crs(String value, String parameter) {
        if (value == null) {
            return Crs.CRS84;
        }
        return Crs.parse(value).orElseThrow(() -> OgcException.badParameter("ogc.error.crs", parameter, value,
                String.join(", ", Crs.uris())));
    }

    /** The request's query string again, with {@code offset} replaced when paging. */
    private static String query(Map<String, String[]> params, Integer offset) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, v[0]));
        if (offset != null) {
            values.put("offset", String.valueOf(offset));
        }
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(encode(k)).append('=').append(encode(v)));
        return q.toString();
    }

    private static String encode(String s) {
        // readable where safe: commas, colons and slashes need no escaping in a query; '+' must be (it reads as a space)
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":").replace("%2F", "/");
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        ObjectNode link = links.addObject();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
    }

    /** The API's absolute address as the client reached it. */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").build().toUriString();
    }

    private OgcTexts texts() {
        return new OgcTexts(currentUser.get().map(SignedInUser::locale).orElse(Locale.ENGLISH));
    }

    private ResponseEntity<String> ok(Object doc, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(write(doc));
    }

    private String write(Object doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Page(long matched, long returned, String features) {
    }

    private record Extent(Double minX, Double minY, Double maxX, Double maxY, Timestamp firstUpdate, Timestamp lastUpdate) {
    }
}
