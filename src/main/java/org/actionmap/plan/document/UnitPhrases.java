package org.actionmap.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the body of a unit line into unit phrases. Only commas (and the Chinese enumeration comma)
 * separate units: "and" also joins words inside one unit's name ("towns and villages", "Economic
 * and Trade Bureau"), so only a leading "and" that joins the last item is dropped. Commas inside
 * parentheses do not split, so "Finance (Local Taxation) Bureau" stays whole.
 */
final class UnitPhrases {

    private UnitPhrases() {
    }

    static List<String> split(String body) {
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : body.toCharArray()) {
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == '，' || c == '、' || c == ';' || c == '；')) {
                add(phrases, current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(phrases, current.toString());
        return phrases;
    }

    private static void add(List<String> phrases, String raw) {
        String phrase = raw.strip();
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.equals("and")) {
            return;
        }
        if (lower.startsWith("and ")) {
            phrase = phrase.substring(4).strip();
        }
        if (!phrase.isEmpty()) {
            phrases.add(phrase);
        }
    }
}
