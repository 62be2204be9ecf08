package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;

/**
 * One thing the validation found: the feature (its number in the file and its code, if any), what is wrong, and where
 * (GeoJSON in EPSG:4326: the crossing point, the overlap, the feature itself), null when it has no place.
 */
public record ImportProblem(int featureNumber, String code, UserMessageException message, String where) {
}
