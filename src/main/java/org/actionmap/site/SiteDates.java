package org.actionmap.site;

import java.time.LocalDate;

/** The dates of a site's status: construction started and completed, or (a station) opened. Null where not reached. */
public record SiteDates(LocalDate startedOn, LocalDate completedOn, LocalDate openedOn) {

    public static final SiteDates NONE = new SiteDates(null, null, null);
}
