package org.actionmap.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The API definition (OpenAPI 3.0) the landing page links as {@code service-desc}: every path, and per collection its
 * items path with the parameters it takes (limit with its default and maximum, bbox, datetime, crs, the queryables),
 * which is where OGC API Features says such filters are documented. Written from the same descriptions that answer
 * the requests, so it cannot drift from them.
 */
final class OpenApiDocument {

    private final ObjectMapper json;
    private final OgcTexts texts;
    private final String base;
    private final List<OgcCollection> collections;

    OpenApiDocument(ObjectMapper json, OgcTexts texts, String base, List<OgcCollection> collections) {
        this.json = json;
        this.texts = texts;
        this.base = base;
        this.collections = collections;
    }

    ObjectNode build() {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", texts.t("ogc.title")).put("description", texts.t("ogc.description"))
                .put("version", "1.0");
        doc.putArray("servers").addObject().put("url", base);
        ObjectNode security = doc.putObject("components").putObject("securitySchemes");
        security.putObject("token").put("type", "http").put("scheme", "bearer")
                .put("description", texts.t("ogc.api.token"));
        doc.putArray("security").addObject().putArray("token");
        ObjectNode paths = doc.putObject("paths");
        get(paths, "/", "landing", "application/json");
        get(paths, "/conformance", "conformance", "application/json");
        get(paths, "/collections", "collections", "application/json");
        for (OgcCollection c : collections) {
            String path = "/collections/" + c.id();
            get(paths, path, c.id() + "-collection", "application/json");
            get(paths, path + "/queryables", c.id() + "-queryables", "application/schema+json");
            ArrayNode items = get(paths, path + "/items", c.id() + "-items", "application/geo+json");
            items.add(parameter("limit", "integer", texts.t("ogc.api.limit", ItemsQuery.DEFAULT_LIMIT, ItemsQuery.MAX_LIMIT))
                    .set("schema", json.createObjectNode().put("type", "integer").put("minimum", 1)
                            .put("maximum", ItemsQuery.MAX_LIMIT).put("default", ItemsQuery.DEFAULT_LIMIT)));
            items.add(parameter("offset", "integer", texts.t("ogc.api.offset")));
            items.add(parameter("bbox", "string", texts.t("ogc.api.bbox")));
            items.add(parameter("bbox-crs", "string", texts.t("ogc.api.bbox-crs")));
            items.add(parameter("crs", "string", texts.t("ogc.api.crs")));
            if (c.temporal()) {
                items.add(parameter("datetime", "string", texts.t("ogc.api.datetime")));
            }
            for (OgcCollection.Queryable q : c.queryables()) {
                items.add(parameter(q.name(), "string", texts.t("ogc.api.queryable", q.name())));
            }
            ArrayNode item = get(paths, path + "/items/{featureId}", c.id() + "-item", "application/geo+json");
            item.addObject().put("name", "featureId").put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
            item.add(parameter("crs", "string", texts.t("ogc.api.crs")));
        }
        return doc;
    }

    /** Adds a GET path and returns its parameter list. */
    private ArrayNode get(ObjectNode paths, String path, String operationId, String mediaType) {
        ObjectNode operation = paths.putObject(path).putObject("get");
        operation.put("operationId", operationId);
        ArrayNode parameters = operation.putArray("parameters");
        parameters.add(parameter("f", "string", texts.t("ogc.api.f")));
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("200").put("description", "OK").putObject("content").putObject(mediaType);
        responses.putObject("400").put("description", texts.t("ogc.api.400"));
        responses.putObject("401").put("description", texts.t("ogc.api.401"));
        return parameters;
    }

    private ObjectNode parameter(String name, String type, String description) {
        ObjectNode p = json.createObjectNode();
        p.put("name", name).put("in", "query").put("required", false).put("description", description);
        p.putObject("schema").put("type", type);
        return p;
    }
}
