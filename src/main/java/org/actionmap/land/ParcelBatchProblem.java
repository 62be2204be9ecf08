package org.actionmap.land;

import org.actionmap.common.UserMessageException;

/**
 * One thing wrong with one parcel of a batch: its number in the batch (as the source numbered it), its code if it has
 * one, what is wrong, and where (GeoJSON, EPSG:4326: the crossing point, the overlap, the parcel), null when it has
 * no place.
 */
public record ParcelBatchProblem(int featureNumber, String code, UserMessageException message, String where) {
}
