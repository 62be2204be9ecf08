package org.actionmap.site;

import java.util.Locale;
import java.util.Set;

/**
 * A site as its page shows it. {@code areaM2} is the stored geodesic area of a polygon (null for a point);
 * {@code townshipUnitId} comes from the township outlines (null outside the county); {@code extent} is west, south,
 * east, north in degrees, to zoom the map to it.
 */
public record SiteDetails(Long id, String code, String nameZh, String nameEn, SiteKind kind, SiteStatus status,
                          SiteDates dates, Long responsibleUnitId, Long townshipUnitId, Double areaM2, boolean point,
                          boolean illustrative, String notes, Set<Long> taskIds, int version, String updatedBy,
                          double[] extent) {

    public static final double SQUARE_METRES_PER_MU = 10000.0 / 15;

    /**
     * The extent (W, S, E, N) that frames these sites on a map: those in the county, as the stations in other
     * cities would zoom it out to half the country, or all of them when none lies in the county; null for none.
     */
    public static double[] extentOf(java.util.List<SiteDetails> sites) {
        java.util.List<SiteDetails> framed = sites.stream().anyMatch(s -> s.townshipUnitId() != null)
                ? sites.stream().filter(s -> s.townshipUnitId() != null).toList() : sites;
        if (framed.isEmpty()) {
            return null;
        }
        return new double[]{framed.stream().mapToDouble(s -> s.extent()[0]).min().orElseThrow(),
                framed.stream().mapToDouble(s -> s.extent()[1]).min().orElseThrow(),
                framed.stream().mapToDouble(s -> s.extent()[2]).max().orElseThrow(),
                framed.stream().mapToDouble(s -> s.extent()[3]).max().orElseThrow()};
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
