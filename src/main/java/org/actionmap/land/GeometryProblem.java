package org.actionmap.land;

import org.actionmap.common.UserMessageException;

/**
 * One thing wrong with a parcel's geometry, to show beside the form and on the map.
 *
 * @param where    GeoJSON geometry (EPSG:4326) of the problem's place: the self-intersection point, the overlap area
 * @param repaired for an invalid geometry, the repaired polygon the user may accept (GeoJSON), otherwise null
 */
public record GeometryProblem(UserMessageException message, String where, String repaired) {
}
