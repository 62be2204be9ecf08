package org.actionmap.land;

/**
 * The kinds of zone: an area of the Economic Development Zone, a township's industrial park, a township's outline.
 * The outlines together are the county; EDZ areas and parks lie inside them.
 */
public enum ZoneKind {
    EDZ_AREA, TOWNSHIP_PARK, TOWNSHIP;

    /**
     * Whether the zone is a township's outline. Outlines must not overlap each other, nor must EDZ areas and parks
     * (a parcel in both would have two editors and count twice); an area or park lies inside an outline by design.
     */
    public boolean outline() {
        return this == TOWNSHIP;
    }
}
