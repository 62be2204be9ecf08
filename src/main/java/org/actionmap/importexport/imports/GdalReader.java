package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.GdalCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What GDAL 3.6 says about an uploaded file ({@code ogrinfo}: its layers, each layer's fields, feature count and
 * coordinate system) and the file's features read by {@code ogr2ogr} into COPY rows for the staging table. Every run goes through
 * {@link GdalCommand}: no shell, the upload's own folder, a time limit. GDAL 3.6 has no {@code ogrinfo -json}
 * (3.7 does), so its text report is read: a layer line "1: name (Polygon)", then "Feature Count:", "Layer SRS WKT:"
 * up to the axis mapping, and one "field: Type (width)" line per field.
 */
@Component
class GdalReader {

    private static final Logger log = LoggerFactory.getLogger(GdalReader.class);
    private static final Pattern LAYER_LINE = Pattern.compile("^\\d+: (.+?)(?: \\(([^()]*)\\))?$");
    private static final Pattern FIELD_LINE = Pattern.compile("^([^:]+): (String|Integer|Integer64|Real|Date|DateTime|Time|Binary|StringList|IntegerList|Integer64List|RealList)[ (].*$");
    private static final Pattern TOP_ID = Pattern.compile("ID\\[\"EPSG\",(\\d+)]]\\s*$");
    private static final Pattern CRS_NAME = Pattern.compile("^[A-Z]+\\[\"([^\"]*)\"");

    /** The geometry's column in the COPY file; a file's own field of that name would clash, hence the prefix. */
    static final String GEOMETRY_COLUMN = "am_geometry";

    private final GdalCommand gdal;

    GdalReader(GdalCommand gdal) {
        this.gdal = gdal;
    }

    /** The file's layers with what the wizard needs to know of each; refused when GDAL cannot open it or it is empty. */
    List<SourceLayer> layers(Path dataset, ImportFormat format, String encoding) {
        GdalCommand.Result list = gdal.run("ogrinfo", List.of("-ro", "-q", dataset.toString()), dataset.getParent(), environment(format, encoding));
        if (!list.ok()) {
            log.info("ogrinfo refused {}: {}", dataset.getFileName(), list.errors());
            throw new UserMessageException("import.error.unreadable");
        }
        List<String> names = new ArrayList<>();
        for (String line : list.output().split("\\R")) {
            Matcher m = LAYER_LINE.matcher(line.trim());
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        if (names.isEmpty()) {
            throw new UserMessageException("import.error.empty");
        }
        List<SourceLayer> layers = new ArrayList<>();
        for (String name : names) {
            layers.add(layer(dataset, format, encoding, name));
        }
        if (layers.stream().allMatch(l -> l.featureCount() == 0)) {
            throw new UserMessageException("import.error.empty");
        }
        return layers.stream().filter(l -> l.featureCount() != 0).toList();
    }

    private SourceLayer layer(Path dataset, ImportFormat format, String encoding, String name) {
        String cpg = null;
        String proposed = null;
        List<String> args = new ArrayList<>(List.of("-ro", "-so", "-nomd"));
        if (format == ImportFormat.SHAPEFILE_ZIP) {
            cpg = sidecar(dataset, name, ".cpg").map(GdalReader::codePage).orElse(null);
            proposed = cpg == null ? sidecar(dataset, name, ".dbf").map(DbfText::proposedEncoding).orElse(null) : null;
            String names = encoding != null ? encoding : proposed;
            if (names != null) {
                // field names in GBK are read as such, as the features will be
                args.addAll(List.of("-oo", "ENCODING=" + names));
            }
        }
        args.addAll(List.of(dataset.toString(), name));
        GdalCommand.Result info = gdal.run("ogrinfo", args, dataset.getParent(), environment(format, encoding));
        if (!info.ok()) {
            log.info("ogrinfo refused layer {} of {}: {}", name, dataset.getFileName(), info.errors());
            throw new UserMessageException("import.error.unreadable");
        }
        String geometry = "";
        long count = -1;
        StringBuilder wkt = null;
        boolean inWkt = false;
        boolean fieldsStarted = false;
        List<String> fields = new ArrayList<>();
        for (String line : info.output().split("\\R")) {
            if (line.startsWith("Geometry: ")) {
                geometry = line.substring("Geometry: ".length()).trim();
            } else if (line.startsWith("Feature Count: ")) {
                count = Long.parseLong(line.substring("Feature Count: ".length()).trim());
            } else if (line.startsWith("Layer SRS WKT:")) {
                inWkt = true;
                wkt = new StringBuilder();
            } else if (inWkt && (line.startsWith("Data axis to CRS axis mapping") || line.startsWith("Geometry Column"))) {
                inWkt = false;
                fieldsStarted = true;
            } else if (inWkt) {
                if (line.trim().equals("(unknown)")) {
                    wkt = null;
                    inWkt = false;
                    fieldsStarted = true;
                } else {
                    wkt.append(line.trim());
                }
            } else if (fieldsStarted || !inWkt) {
                Matcher field = FIELD_LINE.matcher(line);
                if (field.matches() && !line.startsWith("Layer name") && !line.startsWith("Extent")) {
                    fields.add(field.group(1).trim());
                }
            }
        }
        String crsName = null;
        ImportCrs detected = null;
        if (wkt != null && !wkt.isEmpty()) {
            Matcher n = CRS_NAME.matcher(wkt);
            crsName = n.find() ? n.group(1) : "?";
            Matcher id = TOP_ID.matcher(wkt);
            if (id.find()) {
                detected = ImportCrs.byEpsg(Integer.parseInt(id.group(1))).orElse(null);
            }
        }
        return new SourceLayer(name, geometry, count, List.copyOf(fields), crsName, detected, cpg, proposed);
    }

    /**
     * Reads a layer into PostgreSQL's COPY text format (GDAL's PGDump driver) in the upload's folder: 2D, in the file's
     * own coordinates, every geometry tagged with {@code srid}; PostGIS reprojects it (PROJ in PostGIS does that many
     * times faster than ogr2ogr's {@code -t_srs} here, and the coordinate system chosen in the wizard is then simply the
     * SRID). The geometry is the first column, {@value #GEOMETRY_COLUMN}; the attributes keep the file's field names.
     */
    Path toCopyFile(Path dataset, ImportFormat format, String encoding, String layer, int srid) {
        Path out = dataset.getParent().resolve("staged-" + System.nanoTime() + ".sql");
        List<String> args = new ArrayList<>(List.of("--config", "PG_USE_COPY", "YES", "-f", "PGDump", out.toString(),
                dataset.toString(), layer, "-dim", "XY", "-nln", "staged", "-lco", "CREATE_TABLE=OFF", "-lco", "SPATIAL_INDEX=NONE",
                "-lco", "LAUNDER=NO", "-lco", "GEOMETRY_NAME=" + GEOMETRY_COLUMN, "-lco", "SRID=" + srid));
        if (format == ImportFormat.SHAPEFILE_ZIP && encoding != null) {
            args.addAll(List.of("-oo", "ENCODING=" + encoding));
        }
        GdalCommand.Result result = gdal.run("ogr2ogr", args, dataset.getParent(), environment(format, encoding));
        if (!result.ok() || !Files.exists(out)) {
            log.info("ogr2ogr refused layer {} of {}: {}", layer, dataset.getFileName(), result.errors());
            throw new UserMessageException("import.error.unreadable");
        }
        return out;
    }

    private static Map<String, String> environment(ImportFormat format, String encoding) {
        Map<String, String> env = new HashMap<>();
        if (format == ImportFormat.DXF) {
            // surveyors close their parcel outlines as polylines: read a closed polyline as the polygon it draws
            env.put("DXF_CLOSED_LINE_AS_POLYGON", "TRUE");
            if (encoding != null) {
                env.put("DXF_ENCODING", encoding);
            }
        }
        return env;
    }

    /** A Shapefile layer's file with that ending beside its .shp (a folder of several Shapefiles has one each). */
    private static java.util.Optional<Path> sidecar(Path dataset, String layer, String ending) {
        if (!Files.isDirectory(dataset)) {
            return java.util.Optional.empty();
        }
        String wanted = (layer + ending).toLowerCase(java.util.Locale.ROOT);
        try (var files = Files.list(dataset)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).equals(wanted)).findFirst();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The encoding a Shapefile's .cpg names (e.g. {@code 936}, {@code GBK}, {@code UTF-8}), else null. */
    private static String codePage(Path cpg) {
        try {
            String named = Files.readString(cpg, StandardCharsets.ISO_8859_1).trim();
            return named.isEmpty() ? null : named;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
