package org.actionmap.plan;

import org.actionmap.common.Translations;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A target's figures in words, for every place that shows them (task pages, the leaders' dashboard, the monthly
 * report): the aim with its comparator and stretch, and the actual, never a 0 where there is no figure yet. Reads the
 * translation bundles itself, as Vaadin's provider does, so that a report made without a UI says the same.
 */
public final class TargetTexts {

    private TargetTexts() {
    }

    /** "不少于 6,500 亩", "1 to 2 projects", "zero growth against last year", with "(strive for …)" where given. */
    public static String aim(TargetInfo t, Locale locale) {
        String value = QuantityFormat.format(t.value(), t, locale);
        String aim = switch (t.comparator()) {
            case AT_LEAST -> text(locale, "comparator.AT_LEAST", value);
            case AT_MOST -> text(locale, "comparator.AT_MOST", value);
            case EXACTLY -> value;
            case RANGE -> text(locale, "comparator.RANGE", QuantityFormat.number(t.value(), locale),
                    QuantityFormat.format(t.maxValue(), t, locale));
            case ZERO_GROWTH -> text(locale, "comparator.ZERO_GROWTH");
        };
        if (t.stretchValue() != null) {
            aim += " " + text(locale, "target.stretch", QuantityFormat.format(t.stretchValue(), t, locale));
        }
        return aim;
    }

    /** The actual as a reader expects it; "—" while nothing is reported or the map does not compute it yet. */
    public static String actual(TargetProgress p, Locale locale) {
        return switch (p.status()) {
            // the state beside the figure already says why there is no figure: never show 0
            case AWAITING_MAP, NOT_REPORTED -> "—";
            default -> QuantityFormat.format(p.actual(), p.target(), locale);
        };
    }

    /** The pace expected by now, rounded to the precision the plan states the aim in; null where no pace applies. */
    public static String pace(TargetProgress p, Locale locale) {
        TargetInfo t = p.target();
        if (p.expectedByNow() == null || t.comparator() == Comparator.ZERO_GROWTH) {
            return null;
        }
        int scale = Math.max(0, t.value().stripTrailingZeros().scale());
        return QuantityFormat.format(p.expectedByNow().setScale(scale, java.math.RoundingMode.HALF_UP), t, locale);
    }

    /** Whether the target counts money (yuan or US dollars): investment, output, tax, exports. */
    public static boolean isMoney(TargetInfo t) {
        String unit = t.unit() == null ? "" : t.unit().trim().toLowerCase(Locale.ROOT);
        return unit.equals("yuan") || unit.equals("us dollars");
    }

    private static String text(Locale locale, String key, Object... args) {
        return new MessageFormat(Translations.bundle(locale).getString(key), locale).format(args);
    }
}
