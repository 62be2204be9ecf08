package org.actionmap.importexport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an exported file back with GDAL's own {@code ogr2ogr} into GeoJSON, as a desktop GIS would open it. */
public final class ExportFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER_PAIR = Pattern.compile("(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?) (-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)");

    private ExportFiles() {
    }

    /** Every feature of the file (a GDAL data source name: a path, or {@code /vsizip/…}) as GeoJSON features. */
    public static List<JsonNode> read(GdalCommand gdal, String dataSource, Path workDir) throws Exception {
        GdalCommand.Result result = gdal.run("ogr2ogr", List.of("-f", "GeoJSON", "/vsistdout/", dataSource), workDir, Map.of());
        assertThat(result.ok()).as("ogr2ogr reads %s: %s", dataSource, result.errors()).isTrue();
        List<JsonNode> features = new ArrayList<>();
        JSON.readTree(result.output()).path("features").forEach(features::add);
        return features;
    }

    /**
     * The columns of the file's (first) layer with their types as GDAL reads them ({@code acquired → Date}), from
     * {@code ogrinfo}'s summary, in the file's order.
     */
    public static Map<String, String> fieldTypes(GdalCommand gdal, String dataSource, Path workDir) throws Exception {
        GdalCommand.Result result = gdal.run("ogrinfo", List.of("-ro", "-so", "-al", dataSource), workDir, Map.of());
        assertThat(result.ok()).as("ogrinfo reads %s: %s", dataSource, result.errors()).isTrue();
        Map<String, String> types = new java.util.LinkedHashMap<>();
        Matcher m = FIELD.matcher(result.output());
        while (m.find()) {
            types.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        return types;
    }

    private static final Pattern FIELD = Pattern.compile("(?m)^(\\w+): (\\w+(?:\\(\\w+\\))?) \\(\\d+\\.\\d+\\)$");

    /** A property by name, ignoring case (KML's {@code Name}, Shapefile's upper-case names). */
    public static String text(JsonNode feature, String name) {
        var fields = feature.path("properties").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue().asText();
            }
        }
        return null;
    }

    /**
     * West, south, east, north of the feature's shape: from its geometry, or from its WKT column where the format
     * has no geometry (a spreadsheet).
     */
    public static double[] envelope(JsonNode feature) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        JsonNode geometry = feature.path("geometry");
        if (geometry.isObject()) {
            walk(geometry.path("coordinates"), e);
        } else {
            String wkt = text(feature, "wkt");
            assertThat(wkt).as("a WKT column where there is no geometry").isNotNull();
            Matcher m = NUMBER_PAIR.matcher(wkt);
            while (m.find()) {
                add(e, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
            }
        }
        assertThat(e[0]).as("a shape with coordinates").isLessThan(Double.MAX_VALUE);
        return e;
    }

    private static void walk(JsonNode coordinates, double[] e) {
        if (coordinates.isArray() && coordinates.size() > 0 && coordinates.get(0).isNumber()) {
            add(e, coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
        } else {
            coordinates.forEach(c -> walk(c, e));
        }
    }

    private static void add(double[] e, double x, double y) {
        e[0] = Math.min(e[0], x);
        e[1] = Math.min(e[1], y);
        e[2] = Math.max(e[2], x);
        e[3] = Math.max(e[3], y);
    }
}
