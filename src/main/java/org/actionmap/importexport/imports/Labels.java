package org.actionmap.importexport.imports;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The portal's own labels of a value (a land use, a kind of site) in one language exactly, without falling back on
 * another: a file may name a value as the portal shows it in Chinese or in English.
 */
final class Labels {

    private Labels() {
    }

    static Optional<String> of(String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
