package org.actionmap.importexport.imports;

/**
 * GCJ-02, the obfuscated offset of Chinese web maps (AutoNavi/Gaode, Tencent, Google's China tiles), back to WGS84.
 * It is not an EPSG coordinate system and neither PROJ nor any library on Maven Central carries it, so this is the
 * well-known published forward formula (the Krasovsky-ellipsoid series circulated since the 2000s, as in the
 * open-source eviltransform and coordtransform), written here by hand, inverted by fixed-point iteration. The forward
 * formula is accurate to about a metre against the official offsets; the inversion adds millimetres.
 */
public final class Gcj02 {

    private static final double A = 6378245.0;               // Krasovsky 1940 semi-major axis, as the formula uses
    private static final double EE = 0.00669342162296594323; // its first eccentricity squared

    private Gcj02() {
    }

    /** WGS84 longitude/latitude to GCJ-02. Outside China the offset is not applied (as the published formula says). */
    public static double[] fromWgs84(double lon, double lat) {
        if (outsideChina(lon, lat)) {
            return new double[]{lon, lat};
        }
        double dLat = latitudeOffset(lon - 105.0, lat - 35.0);
        double dLon = longitudeOffset(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[]{lon + dLon, lat + dLat};
    }

    /** GCJ-02 longitude/latitude back to WGS84: iterates the forward formula until it lands on the given point. */
    public static double[] toWgs84(double lon, double lat) {
        if (outsideChina(lon, lat)) {
            return new double[]{lon, lat};
        }
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < 30; i++) {
            double[] g = fromWgs84(wLon, wLat);
            double eLon = g[0] - lon;
            double eLat = g[1] - lat;
            wLon -= eLon;
            wLat -= eLat;
            if (Math.abs(eLon) < 1e-10 && Math.abs(eLat) < 1e-10) {
                break;
            }
        }
        return new double[]{wLon, wLat};
    }

    static boolean outsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double latitudeOffset(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double longitudeOffset(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
