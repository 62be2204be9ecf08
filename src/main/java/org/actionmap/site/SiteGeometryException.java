package org.actionmap.site;

import org.actionmap.common.UserMessageException;

/** A geometry refused, with the place of the problem (GeoJSON, e.g. where an outline crosses itself) when known. */
public class SiteGeometryException extends UserMessageException {

    private final String location;

    SiteGeometryException(String location, String messageKey, Object... args) {
        super(messageKey, args);
        this.location = location;
    }

    /** A GeoJSON geometry to mark on the map, or null. */
    public String location() {
        return location;
    }
}
