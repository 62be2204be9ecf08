package org.actionmap.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation used to match a unit phrase of a plan document ("and streets",
 * "Economic and Trade Bureaus ") against the aliases of organisation units. Both sides go through
 * {@link #normalize(String)}, so the aliases can be written naturally in the units file.
 *
 * <p>Free of dependencies on purpose: it lives in the security module, which depends on nothing
 * else of ours.
 */
public final class OrgUnitNames {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern LEADING_FILLER = Pattern.compile("^(?:(?:and|the)\\s)+");
    /** Closing brackets are not stripped: "People's Bank of China (Foreign Administration)". */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!?。，、；：！？]+$");

    private OrgUnitNames() {
    }

    /**
     * Lower case, typographic apostrophes as ', whitespace runs as one space, without a leading
     * "and " or "the " and without trailing punctuation. {@code null} gives "".
     */
    public static String normalize(String phrase) {
        if (phrase == null) {
            return "";
        }
        String text = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        text = LEADING_FILLER.matcher(text).replaceFirst("");
        return TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
    }
}
