package org.actionmap.plan.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a line by its own shape. Matching runs on a copy with full-width ASCII forms folded
 * ("１．" → "1.", "：" → ":"), because plans typed on Chinese input methods mix both; the text kept
 * is sliced from the original line, so Chinese punctuation inside requirement text is left alone.
 */
final class LineClassifier {

    /** "12. Title"; the look-ahead keeps "174.72 kilometers ..." from reading as item 174. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.、](?!\\d)\\s*(\\S.*)$");

    /** A short label and a colon: up to five Latin words, or a few Chinese characters. */
    private static final Pattern HEADER = Pattern.compile(
            "^([A-Za-z][A-Za-z'()\\- ]{0,48}?|\\p{IsHan}{2,10})\\s*:\\s*(.*)$");

    private static final Pattern RESPONSIBLE_LABEL = Pattern.compile(
            "(responsible|lead|leading) units?|责任单位|牵头单位");

    private static final Pattern COOPERATING_LABEL = Pattern.compile(
            "(co-?operating|co-?operation|co-?operative|co-?ordinating|co-?ordination|assisting) units?"
                    + "|配合单位|协办单位|协作单位");

    private static final Pattern REQUIREMENTS_LABEL = Pattern.compile(
            "(work|job) requirements?|工作要求");

    private static final Pattern EDITOR = Pattern.compile("^(responsible editor|editor\\b|责任编辑)");

    private static final int MAX_LABEL_WORDS = 5;

    private LineClassifier() {
    }

    static PlanLine classify(int lineNumber, String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty()) {
            return PlanLine.blank(lineNumber);
        }
        String folded = fold(line);
        if (EDITOR.matcher(folded.toLowerCase(Locale.ROOT)).lookingAt()) {
            return new PlanLine(lineNumber, LineKind.EDITOR, 0, "", line, line);
        }
        Matcher numbered = NUMBERED.matcher(folded);
        if (numbered.matches()) {
            return new PlanLine(lineNumber, LineKind.NUMBERED, Integer.parseInt(numbered.group(1)), "",
                    line.substring(numbered.start(2)).strip(), line);
        }
        Matcher header = HEADER.matcher(folded);
        if (header.matches() && wordCount(header.group(1)) <= MAX_LABEL_WORDS) {
            String label = line.substring(0, header.end(1)).strip();
            String body = line.substring(header.start(2)).strip();
            return new PlanLine(lineNumber, headerKind(header.group(1)), 0, label, body, line);
        }
        return new PlanLine(lineNumber, LineKind.TEXT, 0, "", line, line);
    }

    private static LineKind headerKind(String foldedLabel) {
        String label = foldedLabel.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (RESPONSIBLE_LABEL.matcher(label).matches()) {
            return LineKind.RESPONSIBLE;
        }
        if (COOPERATING_LABEL.matcher(label).matches()) {
            return LineKind.COOPERATING;
        }
        if (REQUIREMENTS_LABEL.matcher(label).matches()) {
            return LineKind.REQUIREMENTS_HEADER;
        }
        return LineKind.OTHER_HEADER;
    }

    private static int wordCount(String label) {
        return label.strip().split("\\s+").length;
    }

    /** Full-width ASCII forms and the ideographic space to ASCII, one char for one char. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
