package org.actionmap.collaboration;

import java.time.Instant;

/** One change as the log keeps it: when, who (name and unit), what was done to which object, and its state after. */
public record ChangeLogEntry(long id, Instant at, String actor, String actorName, Long actorUnitId, String kind,
                             long objectId, String code, String labelZh, String labelEn, ChangeAction action,
                             String snapshot) {

    public String label(java.util.Locale locale) {
        String label = locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
        return label == null ? code : label;
    }
}
