package org.actionmap.collaboration;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the mentions in a comment: {@code @} followed by a name some user or unit answers to. The longest name wins
 * ("@国土资源局" is the bureau even where "@国土" is someone's alias); a name that ends in a Latin letter or digit must
 * not run on into one ("@lander" does not mention "land"). An {@code @} that no name follows, or whose longest name
 * belongs to two different people or units, stays plain text: a mention is never guessed.
 */
final class Mentions {

    /**
     * A name that stands for a user or a unit. Log-in names and unit codes are compared exactly (they differ by case
     * in the demo: user {@code land}, unit {@code LAND}); display names, unit names and aliases ignoring case.
     */
    record Name(String text, boolean exact, Long userId, Long unitId) {

        boolean sameTarget(Name other) {
            return java.util.Objects.equals(userId, other.userId) && java.util.Objects.equals(unitId, other.unitId);
        }
    }

    private final List<Name> names;

    Mentions(List<Name> names) {
        this.names = names.stream().filter(n -> n.text() != null && !n.text().isBlank()).toList();
    }

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            Name best = null;
            boolean ambiguous = false;
            for (Name name : names) {
                if (!matchesAt(text, at + 1, name)) {
                    continue;
                }
                if (best == null || name.text().length() > best.text().length()) {
                    best = name;
                    ambiguous = false;
                } else if (name.text().length() == best.text().length() && !name.sameTarget(best)) {
                    ambiguous = true;
                }
            }
            int next = at + 1;
            if (best != null && !ambiguous) {
                found.add(new Mention(at, best.text().length() + 1, best.userId(), best.unitId()));
                next = at + 1 + best.text().length();
            }
            at = text.indexOf('@', next);
        }
        return found;
    }

    private static boolean matchesAt(String text, int from, Name name) {
        String n = name.text();
        if (!text.regionMatches(!name.exact(), from, n, 0, n.length())) {
            return false;
        }
        int after = from + n.length();
        return after >= text.length() || !(latinWord(n.charAt(n.length() - 1)) && latinWord(text.charAt(after)));
    }

    private static boolean latinWord(char c) {
        return c < 0x250 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
