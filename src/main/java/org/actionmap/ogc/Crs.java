package org.actionmap.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate reference systems the API serves (OGC API - Features Part 2). Coordinates are written in the axis
 * order the CRS defines: EPSG:4326 and EPSG:4490 latitude first, EPSG:4549 northing first (the EPSG definition of the
 * CGCS2000 Gauss-Kruger zones), CRS84 and EPSG:3857 longitude/easting first. PostGIS keeps x = longitude/easting
 * always, so the first group is written through {@code ST_FlipCoordinates}.
 */
enum Crs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, true, 7),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, true, 7),
    EPSG_4490("http://www.opengis.net/def/crs/EPSG/0/4490", 4490, true, true, 7),
    EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, false, false, 2),
    EPSG_4549("http://www.opengis.net/def/crs/EPSG/0/4549", 4549, true, false, 3);

    /** The data are stored as longitude/latitude in EPSG:4326 (WGS 84), which is CRS84's axis order. */
    static final Crs STORAGE = CRS84;

    final String uri;
    final int srid;
    /** whether the CRS's first axis is PostGIS's y (latitude, northing) */
    final boolean flipped;
    final boolean geographic;
    /** decimals written: 7 for degrees (about 1 cm), millimetres or centimetres for metres */
    final int digits;

    Crs(String uri, int srid, boolean flipped, boolean geographic, int digits) {
        this.uri = uri;
        this.srid = srid;
        this.flipped = flipped;
        this.geographic = geographic;
        this.digits = digits;
    }

    static List<String> uris() {
        return Arrays.stream(values()).map(c -> c.uri).toList();
    }

    /**
     * The CRS a parameter names: its URI as the collection lists it, and for convenience {@code EPSG:4490},
     * {@code [EPSG:4490]}, {@code urn:ogc:def:crs:EPSG::4490}, {@code OGC:CRS84} and {@code CRS84}.
     */
    static Optional<Crs> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        String lower = v.toLowerCase(Locale.ROOT).replaceFirst("^https://", "http://");
        for (Crs crs : values()) {
            String code = crs == CRS84 ? "crs84" : String.valueOf(crs.srid);
            String authority = crs == CRS84 ? "ogc" : "epsg";
            if (lower.equals(crs.uri.toLowerCase(Locale.ROOT))
                    || lower.equals(authority + ":" + code)
                    || (crs == CRS84 && (lower.equals("crs84") || lower.equals("urn:ogc:def:crs:ogc:1.3:crs84")))
                    || (crs != CRS84 && lower.equals("urn:ogc:def:crs:epsg::" + code))) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }

    /** SQL that turns a stored geometry (EPSG:4326, x = longitude) into this CRS in its axis order. */
    String fromStorage(String geometry) {
        String transformed = srid == 4326 ? geometry : "st_transform(" + geometry + ", " + srid + ")";
        return flipped ? "st_flipcoordinates(" + transformed + ")" : transformed;
    }

    /** The value of the Content-Crs header. */
    String header() {
        return "<" + uri + ">";
    }
}
