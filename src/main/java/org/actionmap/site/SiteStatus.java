package org.actionmap.site;

import java.util.List;

/** Where a site stands. Built sites go planned → under construction → completed; stations go planned → open. */
public enum SiteStatus {
    PLANNED, UNDER_CONSTRUCTION, COMPLETED, OPEN;

    static final List<SiteStatus> BUILT = List.of(PLANNED, UNDER_CONSTRUCTION, COMPLETED);
    static final List<SiteStatus> OPENED = List.of(PLANNED, OPEN);
}
