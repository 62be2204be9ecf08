package org.actionmap.importexport.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A coordinate system a survey file may come in: CGCS2000 (geographic, its 3-degree and 6-degree Gauss-Kruger zones
 * with and without the zone number in the false easting), WGS84, Web Mercator, and GCJ-02, the offset of Chinese web
 * maps, which has no EPSG code: its coordinates are read as WGS84 longitude/latitude and corrected afterwards
 * ({@link Gcj02}).
 *
 * @param id      {@code EPSG:4549} or {@code GCJ02}
 * @param labelKey translation key of its name, {@code args} its arguments (zone number, central meridian)
 */
public record ImportCrs(String id, String labelKey, Object... args) {

    public static final ImportCrs CGCS2000 = new ImportCrs("EPSG:4490", "import.crs.cgcs2000");
    public static final ImportCrs WGS84 = new ImportCrs("EPSG:4326", "import.crs.wgs84");
    public static final ImportCrs WEB_MERCATOR = new ImportCrs("EPSG:3857", "import.crs.web-mercator");
    public static final ImportCrs GCJ02 = new ImportCrs("GCJ02", "import.crs.gcj02");

    private static final List<ImportCrs> OFFERED = offeredList();

    /** Every coordinate system the wizard offers, geographic ones first, then the zones west to east. */
    public static List<ImportCrs> offered() {
        return OFFERED;
    }

    public static Optional<ImportCrs> byId(String id) {
        return OFFERED.stream().filter(c -> c.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    /** The one offered for an EPSG code found in a file, if it is offered. */
    public static Optional<ImportCrs> byEpsg(int code) {
        return byId("EPSG:" + code);
    }

    public boolean isGcj02() {
        return this == GCJ02 || "GCJ02".equals(id);
    }

    /** The SRID PostGIS reprojects the staged coordinates from: GCJ-02's are longitude/latitude on WGS84's ellipsoid. */
    int srid() {
        return isGcj02() ? 4326 : Integer.parseInt(id.substring("EPSG:".length()));
    }

    private static List<ImportCrs> offeredList() {
        List<ImportCrs> all = new ArrayList<>(List.of(CGCS2000, WGS84, WEB_MERCATOR, GCJ02));
        // 3-degree zones 25..45 (central meridians 75E..135E): EPSG:4513..4533 with the zone number, 4534..4554 without
        for (int zone = 25; zone <= 45; zone++) {
            all.add(new ImportCrs("EPSG:" + (4513 + zone - 25), "import.crs.gk3-zone", zone, zone * 3));
            all.add(new ImportCrs("EPSG:" + (4534 + zone - 25), "import.crs.gk3-cm", zone * 3));
        }
        // 6-degree zones 13..23 (central meridians 75E..135E): EPSG:4491..4501 with the zone number, 4502..4512 without
        for (int zone = 13; zone <= 23; zone++) {
            all.add(new ImportCrs("EPSG:" + (4491 + zone - 13), "import.crs.gk6-zone", zone, zone * 6 - 3));
            all.add(new ImportCrs("EPSG:" + (4502 + zone - 13), "import.crs.gk6-cm", zone * 6 - 3));
        }
        return List.copyOf(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportCrs other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
