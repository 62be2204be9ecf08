package org.actionmap.security;

/** Where the language picked before sign-in (or just switched to) is kept in the Vaadin session. */
public final class LocalePreference {
    public static final String SESSION_ATTRIBUTE = "actionmap.chosen-locale";

    private LocalePreference() {
    }
}
