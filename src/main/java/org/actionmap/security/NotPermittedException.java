package org.actionmap.security;

import org.actionmap.common.UserMessageException;

/** A write the signed-in user is not allowed to make; raised by the services, whatever the UI shows. */
public class NotPermittedException extends UserMessageException {
    public NotPermittedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
