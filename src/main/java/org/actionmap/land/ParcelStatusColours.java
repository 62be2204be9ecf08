package org.actionmap.land;


import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One colour per parcel status, shared by the map and its legend. */
public final class ParcelStatusColours {

    public static final Map<ParcelStatus, String> BY_STATUS = new EnumMap<>(Map.of(
            ParcelStatus.PLANNED, "#cfd8dccc",
            ParcelStatus.ACQUIRED, "#ffe082cc",
            ParcelStatus.LEVELLED, "#ffb74dcc",
            ParcelStatus.SUPPLIED, "#81c784cc",
            ParcelStatus.IDENTIFIED, "#ef9a9acc",
            ParcelStatus.IN_DISPOSAL, "#ce93d8cc",
            ParcelStatus.CLEARED, "#80cbc4cc"));

    private ParcelStatusColours() {
    }

    public static Map<String, String> byName() {
        Map<String, String> fills = new LinkedHashMap<>();
        BY_STATUS.forEach((status, colour) -> fills.put(status.name(), colour));
        return fills;
    }
}
