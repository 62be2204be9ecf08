package org.actionmap.common;

import java.util.Arrays;

/**
 * A refusal the user must read: carries a translation key and its arguments, never a hard-coded text.
 * Services throw it; views translate it with {@code getTranslation(key, args)}.
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserMessageException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the user's language; arguments that are {@link MessageKey}s are translated first. */
    public String translate(java.util.function.BiFunction<String, Object[], String> translation) {
        Object[] resolved = Arrays.stream(args)
                .map(a -> a instanceof MessageKey k ? translation.apply(k.key(), new Object[0]) : a).toArray();
        return translation.apply(messageKey, resolved);
    }
}
