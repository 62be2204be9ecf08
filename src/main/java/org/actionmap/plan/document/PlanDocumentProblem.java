package org.actionmap.plan.document;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a plan document, in a form the UI can translate: {@code code} is a message
 * key of the translation bundles and {@code args} fill its {0}, {1} ... placeholders.
 *
 * @param line 1-based line the problem was found on, or {@link #WHOLE_DOCUMENT} when it concerns
 *             the document as a whole (empty, too large, no tasks); the line is not among the args,
 *             the UI shows it beside the message
 */
public record PlanDocumentProblem(int line, String code, List<String> args) {

    public static final int WHOLE_DOCUMENT = 0;

    private static final String PREFIX = "plan.document.error.";

    public static final String EMPTY_DOCUMENT = PREFIX + "empty-document";
    public static final String DOCUMENT_TOO_LARGE = PREFIX + "document-too-large";
    public static final String BINARY_CONTENT = PREFIX + "binary-content";
    public static final String INVALID_ENCODING = PREFIX + "invalid-encoding";
    public static final String LINE_TOO_LONG = PREFIX + "line-too-long";
    public static final String NO_TASKS = PREFIX + "no-tasks";
    public static final String TEXT_BEFORE_FIRST_TASK = PREFIX + "text-before-first-task";
    public static final String TASK_NUMBER_OUT_OF_SEQUENCE = PREFIX + "task-number-out-of-sequence";
    public static final String TASK_NUMBER_DUPLICATED = PREFIX + "task-number-duplicated";
    public static final String TASK_WITHOUT_RESPONSIBLE_UNITS = PREFIX + "task-without-responsible-units";
    public static final String TASK_WITHOUT_REQUIREMENTS = PREFIX + "task-without-requirements";
    public static final String UNIT_LINE_EMPTY = PREFIX + "unit-line-empty";
    public static final String UNIT_LINE_DUPLICATED = PREFIX + "unit-line-duplicated";
    public static final String UNIT_LINE_MISPLACED = PREFIX + "unit-line-misplaced";
    public static final String REQUIREMENTS_HEADER_MISPLACED = PREFIX + "requirements-header-misplaced";
    public static final String UNKNOWN_HEADER = PREFIX + "unknown-header";
    public static final String UNEXPECTED_TEXT = PREFIX + "unexpected-text";
    public static final String REQUIREMENT_NUMBER_OUT_OF_SEQUENCE = PREFIX + "requirement-number-out-of-sequence";
    public static final String REQUIREMENT_NUMBER_DUPLICATED = PREFIX + "requirement-number-duplicated";
    public static final String TEXT_AFTER_EDITOR_LINE = PREFIX + "text-after-editor-line";
    public static final String TOO_MANY_PROBLEMS = PREFIX + "too-many-problems";

    public PlanDocumentProblem {
        args = List.copyOf(args);
    }

    static PlanDocumentProblem of(int line, String code, Object... args) {
        return new PlanDocumentProblem(line, code,
                Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return "line " + line + ": " + code + " " + args;
    }
}
