package org.actionmap.security;

import java.util.Locale;
import java.util.Set;

/** An organisation unit as the other modules and the views see it. */
public record OrgUnitInfo(Long id, String code, UnitKind kind, Long parentId, String nbsCode,
                          String nameZh, String nameEn, boolean enabled, Set<String> aliases, int version) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
