package org.actionmap.site;

import org.actionmap.common.UserMessageException;

/** A save from an older version than the site's: nothing is written; the newer version comes with the refusal. */
public class StaleSiteException extends UserMessageException {

    private final transient SiteDetails current;

    StaleSiteException(SiteDetails current) {
        super("site.error.stale", current.code(), String.valueOf(current.updatedBy()));
        this.current = current;
    }

    /** The site as the colleague saved it. */
    public SiteDetails current() {
        return current;
    }
}
