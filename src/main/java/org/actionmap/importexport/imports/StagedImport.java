package org.actionmap.importexport.imports;

import java.util.List;
import java.util.UUID;

/**
 * A layer read into the staging table ({@code import_staging}, EPSG:4326): {@code id} names its rows.
 *
 * @param fields  the layer's attribute names, in the file's order
 * @param samples the first feature's values, to help the user map the fields
 */
public record StagedImport(UUID id, ImportUpload upload, String layer, ImportCrs crs, String encoding, int features,
                           List<String> fields, java.util.Map<String, String> samples) {
}
