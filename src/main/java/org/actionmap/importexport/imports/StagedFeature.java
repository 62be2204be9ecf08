package org.actionmap.importexport.imports;

import java.util.Map;

/**
 * One feature of a staged file: its number in the file (from 1), its attributes as text, and its geometry as GeoJSON
 * in EPSG:4326 (null when the file gave none).
 */
public record StagedFeature(int number, Map<String, String> attributes, String geometry) {

    /** The value of a source field, trimmed; null when the field is not mapped, missing or blank. */
    public String value(String sourceField) {
        if (sourceField == null) {
            return null;
        }
        String v = attributes.get(sourceField);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
