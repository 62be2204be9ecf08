package org.actionmap.land;

import java.util.List;

/**
 * Land uses a parcel may have, after the main classes of China's land-use classification (GB/T 21010) that the
 * plan's parcels fall into; the form offers these, translated as {@code parcel.land-use.<value>}.
 */
public final class LandUses {

    public static final List<String> ALL = List.of("industrial", "warehousing", "commercial", "infrastructure", "other");

    private LandUses() {
    }
}
