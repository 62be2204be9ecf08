package org.actionmap.collaboration;

import org.actionmap.common.UserMessageException;

/** Someone else is editing the object: the form opens for reading only, with who edits since when. */
public class LockHeldException extends UserMessageException {

    private final transient EditLock lock;

    public LockHeldException(EditLock lock) {
        super("lock.held", lock.holderName(), lock.code());
        this.lock = lock;
    }

    public EditLock lock() {
        return lock;
    }
}
