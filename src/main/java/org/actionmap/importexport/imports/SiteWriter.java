package org.actionmap.importexport.imports;

import org.actionmap.common.Translations;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.site.SiteDates;
import org.actionmap.site.SiteDraft;
import org.actionmap.site.SiteEditService;
import org.actionmap.site.SiteKind;
import org.actionmap.site.SiteStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sites from a file (points or outlines), through {@link SiteEditService#save}: the site module's field, status and
 * date, geometry and permission checks, as for a site placed on the map. The responsible unit is the importer's own
 * unless a field names one (by code or name); the site module refuses every unit but the importer's, so nobody creates
 * sites for another unit by import either. Kind and status are read as their codes ({@code KEY_PROJECT}) or as the
 * labels the app shows in Chinese or English ({@code 重点项目}); dates as {@code 2011-05-12} or {@code 2011/05/12}.
 */
@Component
class SiteWriter implements TargetWriter {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");

    private final SiteEditService sites;
    private final OrgUnitService units;

    SiteWriter(SiteEditService sites, OrgUnitService units) {
        this.sites = sites;
        this.units = units;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.SITES;
    }

    @Override
    public boolean mayWrite() {
        return sites.mayCreate();
    }

    @Override
    public void write(StagedFeature feature, ImportMapping mapping) {
        SiteKind kind = choice(SiteKind.class, "kind", "site.kind.", mapping.valueOf(feature, "kind"));
        SiteStatus status = choice(SiteStatus.class, "status", "site.status.", mapping.valueOf(feature, "status"));
        SiteDates dates = new SiteDates(date("startedOn", mapping.valueOf(feature, "startedOn")),
                date("completedOn", mapping.valueOf(feature, "completedOn")),
                date("openedOn", mapping.valueOf(feature, "openedOn")));
        sites.save(new SiteDraft(null, 0, mapping.valueOf(feature, "code"), mapping.valueOf(feature, "nameZh"),
                mapping.valueOf(feature, "nameEn"), kind, status, dates, unit(mapping.valueOf(feature, "unit")), Set.of(),
                mapping.valueOf(feature, "notes"), feature.geometry()));
    }

    /** The unit a field names, else the importer's own (null when they have none: the site module then refuses). */
    private Long unit(String value) {
        if (value == null) {
            return sites.ownUnitId().orElse(null);
        }
        return units.findByCode(value).or(() -> units.resolvePhrase(value)).map(OrgUnitInfo::id)
                .orElseThrow(() -> new UserMessageException("import.problem.value", "unit", value));
    }

    /** An enum constant by its name (any case) or by its label in either language; null stays null (the module says). */
    static <E extends Enum<E>> E choice(Class<E> type, String field, String labelPrefix, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || label(labelPrefix + constant.name(), Locale.ROOT).equalsIgnoreCase(value)
                    || label(labelPrefix + constant.name(), Locale.SIMPLIFIED_CHINESE).equals(value)) {
                return constant;
            }
        }
        throw new UserMessageException("import.problem.value", field, value);
    }

    private static String label(String key, Locale locale) {
        return Translations.text(key, locale).orElse("");
    }

    /** A date as survey files write it: 2011-05-12, 2011/5/12, 2011.05.12, 2011年5月12日, with or without a time. */
    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.trim());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // falls through to the refusal
            }
        }
        throw new UserMessageException("import.problem.value", field, value);
    }
}
