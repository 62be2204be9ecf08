package org.actionmap.site;

import java.util.List;

/**
 * What a site is. Investment-promotion stations are offices in other cities: they open rather than being built,
 * and they may lie outside the county; every other kind is built inside it.
 */
public enum SiteKind {
    TECH_TRANSFORMATION, KEY_PROJECT, TEXTILE_MARKET, QUALITY_CENTRE, COGENERATION, HEATING_NETWORK, INVESTMENT_STATION;

    public boolean isStation() {
        return this == INVESTMENT_STATION;
    }

    /** The statuses of this kind in order. */
    public List<SiteStatus> workflow() {
        return isStation() ? SiteStatus.OPENED : SiteStatus.BUILT;
    }
}
