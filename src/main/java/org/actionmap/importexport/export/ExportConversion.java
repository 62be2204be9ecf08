package org.actionmap.importexport.export;

import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.GdalCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One export's conversion by {@code ogr2ogr}: from the source GeoJSON (EPSG:4326, longitude first) in the export's
 * temporary folder to the requested format and coordinate system, in that folder. GDAL writes geographic coordinates
 * longitude first in every one of these formats (traditional GIS order, also for EPSG:4490), projected ones easting
 * first.
 */
final class ExportConversion {

    private static final Logger log = LoggerFactory.getLogger(ExportConversion.class);

    private final GdalCommand gdal;
    private final ExportRequest request;
    private final Path folder;
    private final Path source;
    private final List<String> shapeTypes;
    private final Map<String, ColumnType> columns;

    ExportConversion(GdalCommand gdal, ExportRequest request, Path folder, Path source, List<String> shapeTypes,
                     Map<String, ColumnType> columns) {
        this.gdal = gdal;
        this.request = request;
        this.folder = folder;
        this.source = source;
        this.shapeTypes = shapeTypes;
        this.columns = columns;
    }

    /** Converts and returns the file to send. */
    Path run() throws IOException {
        String table = request.layer().tableName();
        String src = source.getFileName().toString();
        return switch (request.format()) {
            case GEOJSON -> ogr2ogr("export.geojson", List.of("-f", "GeoJSON", "-lco", "RFC7946=NO", "-nln", table,
                    "-oo", "DATE_AS_STRING=YES"), src);
            case GPKG -> ogr2ogr("export.gpkg", withMulti(typed(List.of("-f", "GPKG", "-nln", table), null)), src);
            case KML -> {
                // KML's <name> is what Google Earth labels a placemark with: the Chinese name where there are two
                boolean oneName = request.layer() == ExportLayer.PARCELS || request.layer() == ExportLayer.RURAL_AREAS;
                yield ogr2ogr("export.kml", List.of("-f", "LIBKML", "-nln", table, "-oo", "DATE_AS_STRING=YES"), src,
                        "EPSG:4326", Map.of("LIBKML_NAME_FIELD", oneName ? "name" : "name_zh"));
            }
            // DXF has no attribute table: every feature goes on one CAD layer named after the portal's layer. An outline
            // is written as closed polylines (its rings), as surveyors draw parcels: GDAL writes a polygon as a solid
            // black HATCH, which CAD shows as a filled blot, and the portal's import reads closed polylines back
            case DXF -> ogr2ogr("export.dxf", List.of("-f", "DXF", "-dialect", "SQLite", "-sql",
                    "SELECT CASE WHEN GeometryType(geometry) LIKE '%POLYGON%' THEN ST_Boundary(geometry) ELSE geometry END"
                            + " AS geometry, '" + table + "' AS Layer FROM source"), src);
            case CSV -> ogr2ogr("export.csv", List.of("-f", "CSV", "-lco", "GEOMETRY=AS_WKT", "-lco", "WRITE_BOM=YES",
                    "-lco", "STRING_QUOTING=IF_NEEDED", "-oo", "DATE_AS_STRING=YES"), src);
            case XLSX -> {
                // a spreadsheet holds no geometry: the shape goes into a WKT column, taken after the transformation
                ogr2ogr("projected.geojson", List.of("-f", "GeoJSON", "-lco", "RFC7946=NO", "-nln", table), src);
                yield convert("export.xlsx", List.of("-f", "XLSX", "-nln", table, "-dialect", "SQLite", "-sql",
                        "SELECT *, ST_AsText(geometry) AS wkt FROM " + table), "projected.geojson", Map.of());
            }
            case SHAPEFILE -> shapefile(table, src);
        };
    }

    /**
     * A Shapefile holds one geometry type: points, lines and outlines of a layer (sites) go into one Shapefile each
     * ({@code sites_points.shp}, {@code sites_polygons.shp}), all zipped with their {@code .shx}, {@code .dbf},
     * {@code .prj} and {@code .cpg} (UTF-8).
     */
    private Path shapefile(String table, String src) throws IOException {
        Files.createDirectory(folder.resolve("shp"));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String type : shapeTypes) {
            String group = type.replace("Multi", "").toLowerCase(java.util.Locale.ROOT);
            groups.computeIfAbsent(group.equals("linestring") ? "lines" : group + "s", k -> new ArrayList<>())
                    .add(type.toUpperCase(java.util.Locale.ROOT));
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            String name = groups.size() == 1 ? table : table + "_" + group.getKey();
            String where = groups.size() == 1 ? null : "OGR_GEOMETRY IN ('" + String.join("','", group.getValue()) + "')";
            ogr2ogr("shp/" + name + ".shp", typed(List.of("-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-nln", name), where), src);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder.resolve("shp"))) {
            files = listed.sorted().toList();
        }
        Path zip = folder.resolve("export.zip");
        ExportService.zip(files, zip);
        return zip;
    }

    /**
     * The source's columns each cast to its type ({@link ColumnType}), for the formats whose columns have one
     * (GeoPackage, Shapefile): a date column is a Date and a number column a number even where no feature exported has
     * a value. The text formats (GeoJSON, CSV, KML) keep dates as ISO text; a spreadsheet's types are its cells'.
     */
    private List<String> typed(List<String> options, String where) {
        StringBuilder sql = new StringBuilder("SELECT ");
        columns.forEach((name, type) -> {
            String column = "\"" + name + "\"";
            sql.append(type.sqlType() == null ? column : "CAST(" + column + " AS " + type.sqlType() + ") AS " + column).append(", ");
        });
        sql.setLength(sql.length() - 2);
        sql.append(" FROM source");
        if (where != null) {
            sql.append(" WHERE ").append(where);
        }
        List<String> typed = new ArrayList<>(options);
        typed.addAll(List.of("-sql", sql.toString()));
        return typed;
    }

    /** Polygons and multipolygons (lines and multilines) in one layer: all multi, as GeoPackage declares one type. */
    private List<String> withMulti(List<String> options) {
        boolean mixed = shapeTypes.stream().map(t -> t.replace("Multi", "")).distinct().count() > 1;
        if (mixed || shapeTypes.stream().allMatch(t -> t.equals("Point"))) {
            return options;
        }
        List<String> multi = new ArrayList<>(options);
        multi.addAll(List.of("-nlt", "PROMOTE_TO_MULTI"));
        return multi;
    }

    private Path ogr2ogr(String output, List<String> options, String input) {
        return ogr2ogr(output, options, input, request.crs().code(), Map.of());
    }

    private Path ogr2ogr(String output, List<String> options, String input, String targetCrs, Map<String, String> env) {
        List<String> withCrs = new ArrayList<>(options);
        withCrs.addAll(List.of("-s_srs", "EPSG:4326", "-t_srs", targetCrs));
        return convert(output, withCrs, input, env);
    }

    private Path convert(String output, List<String> options, String input, Map<String, String> env) {
        List<String> arguments = new ArrayList<>(options);
        arguments.add(output);
        arguments.add(input);
        GdalCommand.Result result;
        try {
            result = gdal.run("ogr2ogr", arguments, folder, env);
        } catch (GdalCommand.GdalUnavailableException e) {
            log.error("export of {} as {} failed: {}", request.layer().key(), request.format().key(), e.getMessage());
            throw new UserMessageException("export.error.gdal");
        }
        Path file = folder.resolve(output);
        if (!result.ok() || !Files.exists(file)) {
            log.warn("ogr2ogr {} failed with exit code {}: {}", arguments, result.exitCode(), result.errors().strip());
            throw new UserMessageException("export.error.gdal");
        }
        if (!result.errors().isBlank()) {
            log.debug("ogr2ogr {}: {}", arguments, result.errors().strip());
        }
        return file;
    }
}
