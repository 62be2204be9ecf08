package org.actionmap.dashboard.report;

import org.actionmap.common.Translations;
import org.actionmap.plan.Comparator;
import org.actionmap.plan.TargetInfo;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in one language, straight from the translation bundles: the month-end job runs without a
 * Vaadin UI or session, so the UI's getTranslation is not available to it.
 */
final class ReportText {

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportText(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: an English report on a Chinese server stays English
        this.bundle = Translations.bundle(locale);
    }

    Locale locale() {
        return locale;
    }

    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** A text with its {0}, {1} … filled in, as Vaadin's translation provider does (MessageFormat). */
    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The aim as the plan states it: comparator, value with its unit, and the stretch value (as on every page). */
    String aim(TargetInfo target) {
        return org.actionmap.plan.TargetTexts.aim(target, locale);
    }

    /** Whether a share of the aim means anything: not for ceilings and zero growth, where less is better. */
    static boolean hasShare(TargetInfo target) {
        return target.comparator() != Comparator.AT_MOST && target.comparator() != Comparator.ZERO_GROWTH
                && target.value() != null && target.value().signum() > 0;
    }
}
