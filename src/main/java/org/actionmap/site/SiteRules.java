package org.actionmap.site;

import org.actionmap.common.MessageKey;
import org.actionmap.common.UserMessageException;

import java.time.LocalDate;

/**
 * What a site's status and dates must respect, pure so that it is tested without a database: the status belongs to
 * the kind's workflow, each status reached carries its dates and no later ones, completion never precedes the start,
 * and no date lies after the reporting date.
 */
final class SiteRules {

    private SiteRules() {
    }

    static void check(SiteKind kind, SiteStatus status, SiteDates dates, LocalDate today) {
        if (kind == null || status == null) {
            throw new UserMessageException("site.error.kind-status-missing");
        }
        if (!kind.workflow().contains(status)) {
            throw new UserMessageException("site.error.status-not-for-kind", key("site.status." + status.name()),
                    key("site.kind." + kind.name()));
        }
        boolean started = status == SiteStatus.UNDER_CONSTRUCTION || status == SiteStatus.COMPLETED;
        need(started, dates.startedOn(), "site.started-on", status);
        need(status == SiteStatus.COMPLETED, dates.completedOn(), "site.completed-on", status);
        need(status == SiteStatus.OPEN, dates.openedOn(), "site.opened-on", status);
        notAfter(dates.startedOn(), "site.started-on", today);
        notAfter(dates.completedOn(), "site.completed-on", today);
        notAfter(dates.openedOn(), "site.opened-on", today);
        if (dates.completedOn() != null && dates.completedOn().isBefore(dates.startedOn())) {
            throw new UserMessageException("site.error.completed-before-started");
        }
    }

    /** A status that needs a date must have it; a date the status has not reached must be absent. */
    private static void need(boolean needed, LocalDate date, String dateKey, SiteStatus status) {
        if (needed && date == null) {
            throw new UserMessageException("site.error.date-missing", key(dateKey), key("site.status." + status.name()));
        }
        if (!needed && date != null) {
            throw new UserMessageException("site.error.date-not-reached", key(dateKey), key("site.status." + status.name()));
        }
    }

    private static void notAfter(LocalDate date, String dateKey, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new UserMessageException("site.error.date-in-future", key(dateKey), java.sql.Date.valueOf(today));
        }
    }

    private static MessageKey key(String key) {
        return new MessageKey(key);
    }
}
