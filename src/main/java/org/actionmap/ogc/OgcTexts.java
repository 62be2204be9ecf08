package org.actionmap.ogc;

import org.actionmap.common.Translations;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Titles, descriptions and error messages of the documents desktop clients read (OGC API, TileJSON) in the language
 * of the user behind the request, from the same translation bundles as the UI (such a request has no Vaadin UI to
 * translate with).
 */
public final class OgcTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public OgcTexts(Locale locale) {
        this.locale = locale;
        this.bundle = Translations.bundle(locale);
    }

    Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
