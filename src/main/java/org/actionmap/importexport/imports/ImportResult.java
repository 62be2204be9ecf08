package org.actionmap.importexport.imports;

/**
 * What an import wrote: how many features, the code of the first one and the extent of them all, so that the wizard
 * can link to them on their map.
 *
 * @param extent west, south, east, north in longitude/latitude; null when no feature has a geometry
 */
public record ImportResult(int features, String firstCode, double[] extent) {
}
