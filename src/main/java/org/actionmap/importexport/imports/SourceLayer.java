package org.actionmap.importexport.imports;

import java.util.List;

/**
 * A layer of an uploaded file as GDAL reports it.
 *
 * @param crsName     the name of the coordinate system the file declares, null when it declares none
 * @param detected    the offered coordinate system it declares (by its EPSG code, or matched by GDAL), else null
 * @param encoding    the encoding the file names for its text (a Shapefile's .cpg), else null
 * @param proposedEncoding for a Shapefile that names none and whose text is not UTF-8: GBK, the usual encoding of
 *                    Chinese surveys (its field names are read in it); else null
 */
public record SourceLayer(String name, String geometryType, long featureCount, List<String> fields, String crsName,
                          ImportCrs detected, String encoding, String proposedEncoding) {

    public boolean declaresCrs() {
        return crsName != null;
    }
}
