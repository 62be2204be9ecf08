package org.actionmap.land;

import org.actionmap.common.UserMessageException;

/** A save from an older version than the parcel's: nothing is written; the newer version comes with the refusal. */
public class StaleParcelException extends UserMessageException {

    private final transient ParcelDetails current;

    StaleParcelException(ParcelDetails current) {
        super("parcel.error.stale", current.code(), String.valueOf(current.updatedBy()));
        this.current = current;
    }

    /** The parcel as the colleague saved it. */
    public ParcelDetails current() {
        return current;
    }
}
