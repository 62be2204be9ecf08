package org.actionmap.importexport.export;

import java.util.List;

/**
 * What an export request will write, for the export page: the conditions in words, the number of features and their
 * first codes, and the selected codes that name no feature of the layer.
 */
public record ExportPreview(ExportLayer layer, List<Condition> conditions, int count, List<String> firstCodes,
                            List<String> unknownCodes) {

    /**
     * One filter: the translation key of its name and either the translation key of its value (a status) or the value
     * in words already (a zone's name in the user's language).
     */
    public record Condition(String nameKey, String valueKey, String valueText) {
    }
}
