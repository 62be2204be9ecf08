package org.actionmap.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The unit a person types a figure in. Money targets are stored in yuan or US dollars, but nobody types
 * 186000000: Chinese statistics report in 万元, English readers think in millions. Other targets are typed in
 * their own unit.
 *
 * @param factor     how many stored units one typed unit is
 * @param labelKey   translation key of the typed unit's name, or null to use the target's own unit
 */
public record EntryUnit(BigDecimal factor, String labelKey) {

    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    public static EntryUnit of(TargetInfo target, Locale locale) {
        String unit = target.unit() == null ? "" : target.unit().trim().toLowerCase(Locale.ROOT);
        boolean zh = PlanViews.isChinese(locale);
        if (unit.equals("yuan")) {
            return new EntryUnit(zh ? WAN : MILLION, zh ? "entry-unit.wan-yuan" : "entry-unit.million-yuan");
        }
        if (unit.equals("us dollars")) {
            return new EntryUnit(zh ? WAN : MILLION, zh ? "entry-unit.wan-usd" : "entry-unit.million-usd");
        }
        return new EntryUnit(BigDecimal.ONE, null);
    }

    public BigDecimal toStored(BigDecimal typed) {
        return typed == null ? null : typed.multiply(factor);
    }

    /** A stored figure as typed, without trailing zeros or an exponent ("18600", not "1.86E+4"). */
    public BigDecimal toTyped(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal typed = stored.divide(factor, MathContext.DECIMAL64).stripTrailingZeros();
        return typed.scale() < 0 ? typed.setScale(0) : typed;
    }
}
