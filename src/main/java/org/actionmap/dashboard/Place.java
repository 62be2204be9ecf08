package org.actionmap.dashboard;

import java.util.Locale;

/**
 * Where a leader looks: a township (an organisation unit, whose features and reported share count) or a zone (an EDZ
 * area or township park, whose features count). {@code extent} is west, south, east, north, to frame the map on it.
 */
public record Place(Kind kind, long id, String nameZh, String nameEn, double[] extent) {

    public enum Kind { TOWNSHIP, ZONE }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** A stable key for an address or a list: {@code township:12}, {@code zone:3}. */
    public String key() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place p && p.kind == kind && p.id == id;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(id);
    }
}
