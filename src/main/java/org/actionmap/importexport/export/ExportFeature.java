package org.actionmap.importexport.export;

import java.util.Map;

/**
 * One feature as it goes into a file: its id in its table (to read its shape), its code, its attributes in the
 * order of the file's columns, named in ten characters or fewer (Shapefile's dBase limit), and the type of each
 * column, the same for every feature of the layer whatever its values.
 */
record ExportFeature(long id, String code, Map<String, Object> properties, Map<String, ColumnType> columns) {
}
