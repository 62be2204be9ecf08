package org.actionmap.importexport.export;

import java.util.Arrays;
import java.util.Optional;

/** The file formats offered, each with its file extension and media type. */
public enum ExportFormat {
    GEOJSON("geojson", "geojson", "application/geo+json"),
    GPKG("gpkg", "gpkg", "application/geopackage+sqlite3"),
    SHAPEFILE("shp", "zip", "application/zip"),
    KML("kml", "kml", "application/vnd.google-earth.kml+xml"),
    DXF("dxf", "dxf", "image/vnd.dxf"),
    CSV("csv", "csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String key;
    private final String extension;
    private final String contentType;

    ExportFormat(String key, String extension, String contentType) {
        this.key = key;
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format's name in addresses ({@code format=gpkg}). */
    public String key() {
        return key;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** KML is longitude/latitude on WGS84 by its specification, whatever coordinate system is chosen. */
    public boolean alwaysWgs84() {
        return this == KML;
    }

    /**
     * Whether the file itself says its coordinate system (GeoPackage, a Shapefile's .prj, GeoJSON, KML by definition).
     * A drawing, a CSV file and a spreadsheet do not: their names carry it, or a 4549 file could pass for a 4528 one.
     */
    public boolean namesItsCrs() {
        return this != DXF && this != CSV && this != XLSX;
    }

    /** CAD drawings are in metres: DXF takes projected coordinate systems only. */
    public boolean projectedOnly() {
        return this == DXF;
    }

    public boolean accepts(ExportCrs crs) {
        return !projectedOnly() || crs.projected();
    }

    public static Optional<ExportFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
    }
}
