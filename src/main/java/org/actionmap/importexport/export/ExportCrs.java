package org.actionmap.importexport.export;

import org.actionmap.importexport.imports.ImportCrs;

import java.util.Arrays;
import java.util.Optional;

/**
 * The coordinate systems offered: WGS84, CGCS2000 (the bureaus' datum) and its Gauss-Kruger zones around the county
 * (3-degree zone 40, CM 120E; 6-degree zone 20, CM 117E: each with and without the zone number in the false easting,
 * checked against {@code gdalsrsinfo}), and web Mercator. Geographic systems are written longitude first. Each is
 * named as the import wizard names it ({@link ImportCrs}, which offers all of them), so that a system has one name
 * in the portal.
 */
public enum ExportCrs {
    WGS84(4326, false),
    CGCS2000(4490, false),
    CGCS2000_GK3_CM120(4549, true),
    CGCS2000_GK3_ZONE40(4528, true),
    CGCS2000_GK6_CM117(4509, true),
    CGCS2000_GK6_ZONE20(4498, true),
    WEB_MERCATOR(3857, true);

    private final int epsg;
    private final boolean projected;

    ExportCrs(int epsg, boolean projected) {
        this.epsg = epsg;
        this.projected = projected;
    }

    public int epsg() {
        return epsg;
    }

    public boolean projected() {
        return projected;
    }

    /** The translation key of its name, the import wizard's ({@code import.crs.gk3-cm}). */
    public String labelKey() {
        return named().labelKey();
    }

    /** The arguments of its name's text (zone number, central meridian). */
    public Object[] labelArgs() {
        return named().args();
    }

    private ImportCrs named() {
        return ImportCrs.byEpsg(epsg).orElseThrow(() -> new IllegalStateException("the import offers no EPSG:" + epsg));
    }

    /** {@code EPSG:4549}, as GDAL takes it. */
    public String code() {
        return "EPSG:" + epsg;
    }

    public static Optional<ExportCrs> byEpsg(int epsg) {
        return Arrays.stream(values()).filter(c -> c.epsg == epsg).findFirst();
    }

    /** {@code 4549} or {@code EPSG:4549}. */
    public static Optional<ExportCrs> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.trim().toUpperCase(java.util.Locale.ROOT).replaceFirst("^EPSG:", "");
        return digits.matches("\\d{4,5}") ? byEpsg(Integer.parseInt(digits)) : Optional.empty();
    }
}
