package org.actionmap.importexport.imports;

import java.util.List;

/** The survey file formats the wizard reads, each recognised by its name's ending. */
public enum ImportFormat {
    SHAPEFILE_ZIP(List.of(".zip"), true),
    GEOPACKAGE(List.of(".gpkg"), false),
    GEOJSON(List.of(".geojson", ".json"), false),
    KML(List.of(".kml"), false),
    DXF(List.of(".dxf"), true);

    private final List<String> extensions;
    private final boolean encodingChoice;

    ImportFormat(List<String> extensions, boolean encodingChoice) {
        this.extensions = extensions;
        this.encodingChoice = encodingChoice;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether the file's text may be in a legacy encoding (GBK) that the user can name: Shapefile's .dbf and DXF. */
    public boolean encodingChoice() {
        return encodingChoice;
    }

    /** Every ending the upload accepts. */
    public static String[] allExtensions() {
        return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toArray(String[]::new);
    }
}
