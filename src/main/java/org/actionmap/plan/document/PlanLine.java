package org.actionmap.plan.document;

/**
 * One classified line.
 *
 * @param lineNumber 1-based
 * @param number     the item number of a {@link LineKind#NUMBERED} line, else 0
 * @param label      the label of a header line as written (without the colon), else empty
 * @param body       the text after "N. " or after the header's colon; the whole stripped line otherwise
 * @param text       the whole line, stripped
 */
record PlanLine(int lineNumber, LineKind kind, int number, String label, String body, String text) {

    static PlanLine blank(int lineNumber) {
        return new PlanLine(lineNumber, LineKind.BLANK, 0, "", "", "");
    }

    boolean isHeader() {
        return kind == LineKind.RESPONSIBLE || kind == LineKind.COOPERATING
                || kind == LineKind.REQUIREMENTS_HEADER || kind == LineKind.OTHER_HEADER;
    }

    boolean isUnitLine() {
        return kind == LineKind.RESPONSIBLE || kind == LineKind.COOPERATING;
    }
}
