package org.actionmap.importexport.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.GdalCommand;
import org.actionmap.importexport.export.ExportFeatures.Selection;
import org.actionmap.ogc.FeatureCollectionSource;
import org.actionmap.ogc.OgcCollection;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a layer, a filtered list or a selection of codes to a GIS file in a chosen coordinate system. The features
 * and their attributes come from the owning modules' services, filtered as their lists filter
 * ({@link ExportFeatures}); their shapes from the SQL those modules publish for the OGC API, by id, as GeoJSON in
 * EPSG:4326. Java writes them to a GeoJSON file in a temporary folder and GDAL's {@code ogr2ogr} (no shell) converts it
 * to the format and coordinate system; the folder is removed whatever happens.
 *
 * <p>Exports are reads: every signed-in user reads every layer today, so every signed-in user may export any layer;
 * signed out, nothing is selected or written.
 */
@Service
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREVIEW_CODES = 10;

    private final ExportFeatures features;
    private final List<FeatureCollectionSource> collections;
    private final JdbcTemplate jdbc;
    private final GdalCommand gdal;
    private final CurrentUser currentUser;
    private final ReportingCalendar calendar;
    private final Clock clock = Clock.systemDefaultZone();

    ExportService(ExportFeatures features, List<FeatureCollectionSource> collections, JdbcTemplate jdbc, GdalCommand gdal,
                  CurrentUser currentUser, ReportingCalendar calendar) {
        this.features = features;
        this.collections = collections;
        this.jdbc = jdbc;
        this.gdal = gdal;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** What the request would export: the filters in words, the count and the first codes. */
    @Transactional(readOnly = true)
    public ExportPreview preview(ExportRequest request) {
        SignedInUser user = currentUser.require();
        Selection selection = features.select(request, user.locale());
        return new ExportPreview(request.layer(), selection.conditions(), selection.features().size(),
                selection.features().stream().limit(PREVIEW_CODES).map(ExportFeature::code).toList(),
                selection.unknownCodes());
    }

    /** The codes of every feature the request exports, in the file's order. */
    @Transactional(readOnly = true)
    public List<String> codes(ExportRequest request) {
        SignedInUser user = currentUser.require();
        return features.select(request, user.locale()).features().stream().map(ExportFeature::code).toList();
    }

    /**
     * The file's name says what it holds, in ASCII letters, digits and hyphens so that every system and mail client
     * keeps it: the layer, the filters' values in the order of the layer's list, the selection, the reporting date and
     * the format's extension: {@code parcels-2011-09-20.gpkg}, {@code parcels-EDZ-JN-acquired-2011-09-20.gpkg},
     * {@code parcels-DS-N01-2011-09-20.gpkg} for one feature. A selection of several features is named by its size and
     * the time of day ({@code parcels-selection-3-2011-09-20-143005.gpkg}), since its codes do not fit into a name and
     * two selections of the same size would otherwise get the same one. A format that does not record its coordinate
     * system (CSV, Excel, DXF) has it in the name: {@code parcels-acquired-EPSG4549-2011-09-20.csv}.
     */
    public String fileName(ExportRequest request) {
        List<String> parts = new ArrayList<>();
        parts.add(request.layer().key());
        for (String filter : request.layer().filters()) {
            String value = request.filters().get(filter);
            if (value != null) {
                parts.add(switch (filter) {
                    // codes of zones, townships and units as they are written
                    case "zone", "township", "unit" -> value;
                    case "task" -> "task-" + value;
                    case "voltage" -> value.replaceFirst("(?i)\\s*kv$", "") + "kV";
                    // statuses, purposes, kinds: ACQUIRED, IN_DISPOSAL as acquired, in-disposal
                    default -> value.toLowerCase(Locale.ROOT).replace('_', '-');
                });
            }
        }
        boolean severalSelected = request.codes().size() > 1;
        if (request.codes().size() == 1) {
            // a code in Chinese characters alone would leave nothing of itself in the name
            String code = asciiSafe(request.codes().get(0));
            parts.add(code.isEmpty() ? "selection-1" : code);
        } else if (severalSelected) {
            parts.add("selection-" + request.codes().size());
        }
        if (!request.format().namesItsCrs()) {
            parts.add("EPSG" + request.crs().epsg());
        }
        parts.add(calendar.today().toString());
        if (severalSelected) {
            parts.add(LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HHmmss")));
        }
        String name = parts.stream().map(ExportService::asciiSafe).filter(p -> !p.isEmpty()).collect(Collectors.joining("-"));
        return name + "." + request.format().extension();
    }

    /** Letters, digits, hyphens and underscores; anything else (Chinese, spaces, slashes) becomes a hyphen. */
    private static String asciiSafe(String part) {
        return part.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    /**
     * Writes the file to {@code out}.
     *
     * @throws org.actionmap.security.NotPermittedException signed out
     * @throws UserMessageException                         nothing to export, a geographic system for DXF, a filter
     *                                                      value that names nothing, or GDAL failing (logged with its
     *                                                      errors)
     */
    // no transaction around it: ogr2ogr may take a while and needs no database connection held for it
    public void write(ExportRequest request, OutputStream out) {
        SignedInUser user = currentUser.require();
        if (!request.format().accepts(request.crs())) {
            throw new UserMessageException("export.error.projected-only");
        }
        List<ExportFeature> selected = features.select(request, user.locale()).features();
        if (selected.isEmpty()) {
            throw new UserMessageException("export.error.empty");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("actionmap-export-");
            Path source = folder.resolve("source.geojson");
            List<String> shapeTypes = writeSource(request.layer(), selected, source);
            Path file = new ExportConversion(gdal, request, folder, source, shapeTypes, selected.get(0).columns()).run();
            Files.copy(file, out);
            log.info("{} exported {} {} as {} in {}", user.username(), selected.size(), request.layer().key(),
                    request.format().key(), request.crs().code());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    // --- the source file: GeoJSON in EPSG:4326, longitude first --------------------------------------------------

    /** Writes the features; returns the geometry types written ({@code Point}, {@code MultiPolygon} …). */
    private List<String> writeSource(ExportLayer layer, List<ExportFeature> selected, Path source) throws IOException {
        Map<Long, Shape> shapes = shapes(layer, selected);
        List<String> types = new ArrayList<>();
        try (JsonGenerator json = JSON.getFactory().createGenerator(source.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", "source");
            json.writeArrayFieldStart("features");
            for (ExportFeature feature : selected) {
                Shape shape = shapes.get(feature.id());
                if (shape == null) {
                    // deleted between the list and the shape's query: left out rather than written without a shape
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> a : withArea(feature.properties(), shape).entrySet()) {
                    json.writeFieldName(a.getKey());
                    JSON.writeValue(json, a.getValue());
                }
                json.writeEndObject();
                json.writeFieldName("geometry");
                json.writeRawValue(shape.geoJson());
                String type = JSON.readTree(shape.geoJson()).path("type").asText();
                if (!types.contains(type)) {
                    types.add(type);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return types;
    }

    /** A zone's area is stored with it and published with its shape: filled in here. */
    private static Map<String, Object> withArea(Map<String, Object> properties, Shape shape) {
        if (!properties.containsKey("area_m2") || properties.get("area_m2") != null || shape.areaM2() == null) {
            return properties;
        }
        Map<String, Object> filled = new LinkedHashMap<>(properties);
        filled.put("area_m2", BigDecimal.valueOf(shape.areaM2()).setScale(1, RoundingMode.HALF_UP));
        filled.put("area_mu", BigDecimal.valueOf(shape.areaM2() / (10000.0 / 15)).setScale(2, RoundingMode.HALF_UP));
        return filled;
    }

    private record Shape(String geoJson, Double areaM2) {
    }

    /**
     * The shapes by feature id, from the SQL the owning module publishes for its OGC API collection (no table read
     * here), in GeoJSON with nine decimals of a degree (well under a millimetre).
     */
    private Map<Long, Shape> shapes(ExportLayer layer, List<ExportFeature> selected) {
        Map<Long, Shape> shapes = new HashMap<>();
        if (layer == ExportLayer.RURAL_AREAS) {
            Map<String, String> byCode = features.ruralAreaShapes();
            selected.forEach(f -> {
                if (byCode.containsKey(f.code())) {
                    shapes.put(f.id(), new Shape(byCode.get(f.code()), null));
                }
            });
            return shapes;
        }
        OgcCollection collection = collections.stream().flatMap(s -> s.ogcCollections().stream())
                .filter(c -> c.id().equals(layer.key())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no collection publishes " + layer.key()));
        Long[] ids = selected.stream().map(ExportFeature::id).toArray(Long[]::new);
        jdbc.query("select f.id, st_asgeojson(f.geom, 9), (f.properties::jsonb ->> 'area_m2')::float8 from ("
                        + collection.select() + ") f where f.id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)),
                rs -> {
                    shapes.put(rs.getLong(1), new Shape(rs.getString(2), rs.getObject(3, Double.class)));
                });
        return shapes;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("could not remove the export's temporary file {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("could not remove the export's temporary folder {}: {}", folder, e.getMessage());
        }
    }

    static void zip(List<Path> files, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
