package org.actionmap.power;

import org.actionmap.common.UserMessageException;

/** A save from an older version than the feature's: nothing is written; the form shows both versions. */
public class StalePowerFeatureException extends UserMessageException {

    private final PowerFeatureKind kind;
    private final long id;

    StalePowerFeatureException(PowerFeatureKind kind, long id, String updatedBy) {
        super("power.error.stale", updatedBy);
        this.kind = kind;
        this.id = id;
    }

    public PowerFeatureKind kind() {
        return kind;
    }

    public long id() {
        return id;
    }
}
