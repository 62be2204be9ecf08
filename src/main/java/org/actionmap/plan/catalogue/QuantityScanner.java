package org.actionmap.plan.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds everything in a requirement text that might state a quantity: digit sequences ("6,500",
 * "1.0", "174.72", "2011", "90th", full-width digits too) and English number words ("eight",
 * "three", "hundred", "millions"), with a following scale word kept in the same quantity
 * ("300 million", "4 billion"). It over-finds on purpose: a reviewer decides, in the catalogue,
 * whether each one is a target or not, and nothing slips through unseen.
 */
public final class QuantityScanner {

    /** One quantity found, with its position in the text ({@code end} exclusive). */
    public record Quantity(String text, int start, int end) {
    }

    private static final String NUMBER_WORD = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|tens|dozens?|hundreds?|thousands?|millions?|billions?";

    private static final String SCALE = "(?:[\\s-]+(?:hundred|thousand|million|billion)s?\\b)*";

    private static final Pattern QUANTITY = Pattern.compile(
            "(?:[0-9０-９]+(?:[.,．，][0-9０-９]+)*(?:st|nd|rd|th)?|\\b(?:" + NUMBER_WORD + ")\\b)" + SCALE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private QuantityScanner() {
    }

    public static List<Quantity> scan(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        while (matcher.find()) {
            found.add(new Quantity(matcher.group(), matcher.start(), matcher.end()));
        }
        return found;
    }
}
