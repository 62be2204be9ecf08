package org.actionmap.plan.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.actionmap.plan.document.PlanDocumentProblem.*;

/**
 * One pass over the classified lines of one document. Not thread-safe; made anew for every read.
 *
 * <p>"N. text" lines are both task headings and requirement items, and the numbers alone cannot
 * tell them apart (requirement numbers restart in every task). A numbered line is a heading when a
 * header line ("Responsible units:", "Work requirements:" or any other "Label:") follows it. When
 * a damaged document has no header after a heading, a line numbered like the next task and
 * followed by item 1 is still taken as a heading, so that the problem is reported where it is.
 */
final class PlanParser {

    private final List<PlanLine> lines;
    private final ProblemList problems;
    private final List<ParsedTask> tasks = new ArrayList<>();
    private final Map<Integer, Integer> taskLines = new HashMap<>();

    private TaskDraft current;
    private String editorLine;
    private boolean textBeforeFirstTaskReported;
    private boolean textAfterEditorReported;

    PlanParser(List<PlanLine> lines, ProblemList problems) {
        this.lines = lines;
        this.problems = problems;
    }

    ParsedPlan parse() throws PlanDocumentException {
        for (int i = 0; i < lines.size(); i++) {
            PlanLine line = lines.get(i);
            if (line.kind() == LineKind.BLANK) {
                continue;
            }
            if (editorLine != null) {
                afterEditor(line);
            } else if (current == null) {
                beforeFirstTask(line);
            } else {
                insideTask(i, line);
            }
        }
        finishTask();
        if (tasks.isEmpty()) {
            problems.add(PlanDocumentProblem.of(WHOLE_DOCUMENT, NO_TASKS));
        }
        if (!problems.isEmpty()) {
            throw new PlanDocumentException(problems.sorted());
        }
        return new ParsedPlan(tasks, editorLine);
    }

    private void beforeFirstTask(PlanLine line) throws PlanDocumentException {
        switch (line.kind()) {
            case NUMBERED -> startTask(line);
            case EDITOR -> editorLine = line.text();
            default -> {
                if (!textBeforeFirstTaskReported) {
                    textBeforeFirstTaskReported = true;
                    problems.add(PlanDocumentProblem.of(line.lineNumber(), TEXT_BEFORE_FIRST_TASK));
                }
            }
        }
    }

    private void afterEditor(PlanLine line) throws PlanDocumentException {
        if (!textAfterEditorReported) {
            textAfterEditorReported = true;
            problems.add(PlanDocumentProblem.of(line.lineNumber(), TEXT_AFTER_EDITOR_LINE));
        }
    }

    private void insideTask(int index, PlanLine line) throws PlanDocumentException {
        switch (line.kind()) {
            case EDITOR -> {
                finishTask();
                editorLine = line.text();
            }
            case NUMBERED -> {
                if (isTaskHeading(index, line)) {
                    finishTask();
                    startTask(line);
                } else {
                    addRequirement(line);
                }
            }
            case RESPONSIBLE, COOPERATING -> unitLine(line);
            case REQUIREMENTS_HEADER -> {
                if (current.inBody) {
                    problems.add(PlanDocumentProblem.of(line.lineNumber(), REQUIREMENTS_HEADER_MISPLACED,
                            line.label(), current.number));
                }
                current.inBody = true;
            }
            case OTHER_HEADER -> {
                if (!current.inBody) {
                    problems.add(PlanDocumentProblem.of(line.lineNumber(), UNKNOWN_HEADER,
                            line.label(), current.number));
                } else {
                    textLine(line);
                }
            }
            case TEXT -> textLine(line);
            default -> throw new IllegalStateException("unhandled line kind " + line.kind());
        }
    }

    private boolean isTaskHeading(int index, PlanLine line) {
        PlanLine next = nextNonBlank(index);
        if (next != null && next.isHeader()) {
            return true;
        }
        if (line.number() == current.requirements.size() + 1) {
            return false;
        }
        boolean numberedLikeNextTask = line.number() == tasks.size() + 2;
        return numberedLikeNextTask && next != null && next.kind() == LineKind.NUMBERED && next.number() == 1;
    }

    private PlanLine nextNonBlank(int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).kind() != LineKind.BLANK) {
                return lines.get(i);
            }
        }
        return null;
    }

    private void startTask(PlanLine line) throws PlanDocumentException {
        int expected = tasks.size() + 1;
        int previous = tasks.isEmpty() ? 0 : tasks.get(tasks.size() - 1).number();
        Integer firstLine = taskLines.putIfAbsent(line.number(), line.lineNumber());
        if (firstLine != null) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), TASK_NUMBER_DUPLICATED,
                    line.number(), firstLine));
        } else if (outOfSequence(line.number(), previous, expected)) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), TASK_NUMBER_OUT_OF_SEQUENCE,
                    line.number(), expected));
        }
        current = new TaskDraft(line.number(), line.body(), line.lineNumber());
    }

    private void unitLine(PlanLine line) throws PlanDocumentException {
        if (current.inBody) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), UNIT_LINE_MISPLACED,
                    line.label(), current.number));
            return;
        }
        boolean responsible = line.kind() == LineKind.RESPONSIBLE;
        if ((responsible ? current.responsible : current.cooperating) != null) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), UNIT_LINE_DUPLICATED,
                    line.label(), current.number));
            return;
        }
        List<String> units = UnitPhrases.split(line.body());
        if (units.isEmpty()) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), UNIT_LINE_EMPTY,
                    line.label(), current.number));
        }
        if (responsible) {
            current.responsible = units;
            current.responsibleLine = line.lineNumber();
        } else {
            current.cooperating = units;
            current.cooperatingLine = line.lineNumber();
        }
    }

    private void addRequirement(PlanLine line) throws PlanDocumentException {
        int expected = current.requirements.size() + 1;
        int previous = current.requirements.isEmpty() ? 0 : current.requirements.get(expected - 2).number;
        Integer firstLine = current.requirementLines.putIfAbsent(line.number(), line.lineNumber());
        if (firstLine != null) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), REQUIREMENT_NUMBER_DUPLICATED,
                    current.number, line.number(), firstLine));
        } else if (outOfSequence(line.number(), previous, expected)) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), REQUIREMENT_NUMBER_OUT_OF_SEQUENCE,
                    current.number, line.number(), expected));
        }
        current.inBody = true;
        current.requirements.add(new RequirementDraft(line.number(), line.body(), line.lineNumber()));
    }

    /**
     * A number is in sequence when it follows the previous one or matches its position. Either
     * test alone turns one slip into many messages: counting by position flags every task after a
     * deleted one, following the previous number flags the task after two swapped ones.
     */
    private static boolean outOfSequence(int number, int previous, int position) {
        return number != previous + 1 && number != position;
    }

    /** Unnumbered prose continues the requirement above it; anywhere else it has no place. */
    private void textLine(PlanLine line) throws PlanDocumentException {
        if (current.requirements.isEmpty()) {
            problems.add(PlanDocumentProblem.of(line.lineNumber(), UNEXPECTED_TEXT, current.number));
            return;
        }
        current.requirements.get(current.requirements.size() - 1).text.append('\n').append(line.text());
    }

    private void finishTask() throws PlanDocumentException {
        if (current == null) {
            return;
        }
        if (current.responsible == null) {
            problems.add(PlanDocumentProblem.of(current.line, TASK_WITHOUT_RESPONSIBLE_UNITS, current.number));
        }
        if (current.requirements.isEmpty()) {
            problems.add(PlanDocumentProblem.of(current.line, TASK_WITHOUT_REQUIREMENTS, current.number));
        }
        tasks.add(current.build());
        current = null;
    }

    private static final class TaskDraft {
        final int number;
        final String title;
        final int line;
        List<String> responsible;
        List<String> cooperating;
        int responsibleLine;
        int cooperatingLine;
        final List<RequirementDraft> requirements = new ArrayList<>();
        final Map<Integer, Integer> requirementLines = new HashMap<>();
        /** past the unit lines: a "Work requirements:" header or the first item was seen */
        boolean inBody;

        TaskDraft(int number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }

        ParsedTask build() {
            return new ParsedTask(number, title,
                    responsible == null ? List.of() : responsible,
                    cooperating == null ? List.of() : cooperating,
                    requirements.stream().map(RequirementDraft::build).toList(),
                    line, responsibleLine, cooperatingLine);
        }
    }

    private static final class RequirementDraft {
        final int number;
        final StringBuilder text;
        final int line;

        RequirementDraft(int number, String text, int line) {
            this.number = number;
            this.text = new StringBuilder(text);
            this.line = line;
        }

        ParsedRequirement build() {
            return new ParsedRequirement(number, text.toString(), line);
        }
    }
}
