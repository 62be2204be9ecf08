package org.actionmap.site;

import java.util.Set;

/** What a site's form sends to be saved: a new site ({@code id} null) or a change of the version it was opened at. */
public record SiteDraft(Long id, int version, String code, String nameZh, String nameEn, SiteKind kind, SiteStatus status,
                        SiteDates dates, Long responsibleUnitId, Set<Long> taskIds, String notes, String geometry) {
}
