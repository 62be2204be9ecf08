package org.actionmap.plan.document;

import java.util.List;

/**
 * A plan document was refused. It carries every problem found, so that whoever uploads the document
 * can fix it in one go instead of one error per upload.
 */
public class PlanDocumentException extends Exception {

    private final List<PlanDocumentProblem> problems;

    public PlanDocumentException(List<PlanDocumentProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused document needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<PlanDocumentProblem> problems() {
        return problems;
    }

    private static String summary(List<PlanDocumentProblem> problems) {
        StringBuilder text = new StringBuilder("plan document refused with ")
                .append(problems.size()).append(" problem(s)");
        problems.stream().limit(10).forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
