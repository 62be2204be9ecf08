package org.actionmap.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A target as the catalogue defines it; the views never see the entity. */
public record TargetInfo(Long id, String code, int taskNumber, int requirementNumber, String nameZh, String nameEn,
                         String unit, String unitZh, Comparator comparator, BigDecimal value, BigDecimal maxValue,
                         BigDecimal stretchValue, MeasureKind measure, String mapSource, Accumulation accumulation,
                         Long reporterUnitId, List<Share> breakdown, String sourcePhrase) {

    /** One part of a figure the plan splits by area or unit. */
    public record Share(Long unitId, BigDecimal value) {
    }

    public String name(Locale locale) {
        return isChinese(locale) ? nameZh : nameEn;
    }

    public String unit(Locale locale) {
        return isChinese(locale) ? unitZh : unit;
    }

    public boolean reported() {
        return measure == MeasureKind.REPORTED;
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
