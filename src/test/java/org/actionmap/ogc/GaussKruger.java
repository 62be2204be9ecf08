package org.actionmap.ogc;

/**
 * The transverse Mercator projection on the CGCS2000 ellipsoid (GRS 80) by Snyder's series (Map Projections - A
 * Working Manual, USGS 1987, eqs. 8-9 and 8-10): an independent check of what PostGIS/PROJ answer for EPSG:4549,
 * good to a millimetre this close to the central meridian.
 */
final class GaussKruger {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;

    private GaussKruger() {
    }

    /** {easting with the 500 km false easting, northing} for a longitude and latitude in degrees. */
    static double[] eastingNorthing(double lonDeg, double latDeg, double centralMeridianDeg) {
        double e2 = 2 * F - F * F;
        double ep2 = e2 / (1 - e2);
        double phi = Math.toRadians(latDeg);
        double sin = Math.sin(phi), cos = Math.cos(phi), tan = Math.tan(phi);
        double n = A / Math.sqrt(1 - e2 * sin * sin);
        double t = tan * tan;
        double c = ep2 * cos * cos;
        double a = Math.toRadians(lonDeg - centralMeridianDeg) * cos;
        double e4 = e2 * e2, e6 = e4 * e2;
        double m = A * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
                - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
                + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi)
                - (35 * e6 / 3072) * Math.sin(6 * phi));
        double x = n * (a + (1 - t + c) * Math.pow(a, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * Math.pow(a, 5) / 120);
        double y = m + n * tan * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
                + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * Math.pow(a, 6) / 720);
        return new double[]{500000 + x, y};
    }
}
