package org.actionmap.plan;

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
        boolean zh = PlanViews.isChinese(locale);
        if (unit.equals("yuan") || unit.equals("us dollars")) {
            boolean dollars = unit.startsWith("us");
            return zh ? chineseMoney(value, dollars, locale) : englishMoney(value, dollars, locale);
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

    private static String chineseMoney(BigDecimal value, boolean dollars, Locale locale) {
        String suffix = dollars ? "美元" : "元";
        if (value.abs().compareTo(YI) >= 0) {
            return number(value.divide(YI), locale) + " 亿" + suffix;
        }
        if (value.abs().compareTo(WAN) >= 0) {
            return number(value.divide(WAN), locale) + " 万" + suffix;
        }
        return number(value, locale) + " " + suffix;
    }

    private static String englishMoney(BigDecimal value, boolean dollars, Locale locale) {
        String suffix = dollars ? "US dollars" : "yuan";
        if (value.abs().compareTo(BILLION) >= 0) {
            return number(value.divide(BILLION), locale) + " billion " + suffix;
        }
        if (value.abs().compareTo(MILLION) >= 0) {
            return number(value.divide(MILLION), locale) + " million " + suffix;
        }
        return number(value, locale) + " " + suffix;
    }
}
