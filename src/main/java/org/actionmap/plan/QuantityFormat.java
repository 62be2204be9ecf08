package org.actionmap.plan;

import org.actionmap.common.Translations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats target figures for a reader: money in 万元/亿元 in Chinese and million/billion in English, other
 * quantities with the unit the plan states (its Chinese unit in zh-CN).
 */
public final class QuantityFormat {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private QuantityFormat() {
    }

    public static String format(BigDecimal value, TargetInfo target, Locale locale) {
        if (value == null) {
            return "—";
        }
        String unit = target.unit() == null ? "" : target.unit().trim().toLowerCase(Locale.ROOT);
        if (unit.equals("yuan") || unit.equals("us dollars")) {
            boolean dollars = unit.startsWith("us");
            return money(value, dollars, locale);
        }
        String shownUnit = target.unit(locale);
        String number = number(value, locale);
        if (shownUnit == null || shownUnit.isBlank()) {
            return number;
        }
        return shownUnit.startsWith("%") ? number + shownUnit : number + " " + shownUnit;
    }

    /** The plain number without unit, as a form field shows it. */
    public static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String month(int year, int month, Locale locale) {
        if (month < 1) {
            return "—";
        }
        String pattern = PlanViews.isChinese(locale) ? "yyyy年M月" : "MMM yyyy";
        return YearMonth.of(year, month).format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /**
     * Money in the reader's customary magnitudes: 亿 (10^8) and 万 (10^4) in Chinese, billion and million in
     * English. The words come from the translation bundles (money.yuan.large / medium / plain, money.usd.*).
     */
    private static String money(BigDecimal value, boolean dollars, Locale locale) {
        boolean zh = PlanViews.isChinese(locale);
        BigDecimal large = zh ? YI : BILLION;
        BigDecimal medium = zh ? WAN : MILLION;
        String prefix = dollars ? "money.usd." : "money.yuan.";
        BigDecimal abs = value.abs();
        if (abs.compareTo(large) >= 0) {
            return word(prefix + "large", number(value.divide(large), locale), locale);
        }
        if (abs.compareTo(medium) >= 0) {
            return word(prefix + "medium", number(value.divide(medium), locale), locale);
        }
        return word(prefix + "plain", number(value, locale), locale);
    }

    private static String word(String key, String number, Locale locale) {
        // no fallback to the JVM's default locale: an English reader on a Chinese server still reads English
        return Translations.bundle(locale).getString(key).replace("{0}", number);
    }
}
