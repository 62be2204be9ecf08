package org.actionmap.importexport.imports;

import java.util.Map;

/**
 * Which source field fills which target field ({@code fields}: target field name to source field name), and the
 * values the user chose for fields the file does not carry ({@code constants}: target field to value).
 */
public record ImportMapping(Map<String, String> fields, Map<String, String> constants) {

    public ImportMapping {
        fields = Map.copyOf(fields);
        constants = Map.copyOf(constants);
    }

    /** The source field mapped to a target field, else null. */
    public String source(String targetField) {
        return fields.get(targetField);
    }

    /** The feature's value for a target field: the mapped source field's, else the chosen constant, else null. */
    public String valueOf(StagedFeature feature, String targetField) {
        String mapped = feature.value(fields.get(targetField));
        if (mapped != null) {
            return mapped;
        }
        String constant = constants.get(targetField);
        return constant == null || constant.isBlank() ? null : constant.trim();
    }
}
