package org.actionmap.importexport.export;

/**
 * The type a column of an exported layer has in every file, whatever the values of the features exported: GDAL
 * guesses a column's type from the source's values and takes a column it finds empty for text, so a date or a number
 * column nobody has filled yet would change the file's schema from one export to the next.
 */
enum ColumnType {
    TEXT(null),
    BOOLEAN(null),
    INTEGER("integer"),
    REAL("float"),
    DATE("date");

    private final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    /**
     * The OGR SQL type the column is cast to, or null where GDAL's guess is always right (text, and booleans, which
     * are never empty).
     */
    String sqlType() {
        return sqlType;
    }
}
