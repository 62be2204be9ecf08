package org.actionmap.site;

import java.time.Instant;
import java.util.Locale;

/** A deleted site as the administrator's list shows it. */
public record DeletedSite(long id, String code, String nameZh, String nameEn, SiteKind kind, Instant deletedAt,
                          String deletedBy) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
