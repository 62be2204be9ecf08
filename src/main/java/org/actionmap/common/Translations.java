package org.actionmap.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The UI's translation bundles ({@code vaadin-i18n/translations*.properties}) for texts made outside a Vaadin UI:
 * reports, OGC documents, API errors, an import's reading of labels. Without falling back on the JVM's default
 * locale, so that an English reader on a Chinese server still reads English.
 */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    /** The bundle of one language; the root (English) bundle when the language has none. */
    public static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    /** A key's text in that language's bundle, or empty when the key is missing. */
    public static Optional<String> text(String key, Locale locale) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
