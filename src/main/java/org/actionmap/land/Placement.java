package org.actionmap.land;

/**
 * Where a geometry lies, derived from the zones: the EDZ area or township park that holds most of it (else the
 * township outline), and the township it belongs to. Decides who may edit the parcel.
 */
record Placement(Long zoneId, String zoneKind, Long townshipId) {

    static final Placement NOWHERE = new Placement(null, null, null);

    boolean inEdz() {
        return "EDZ_AREA".equals(zoneKind);
    }
}
