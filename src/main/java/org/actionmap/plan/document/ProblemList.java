package org.actionmap.plan.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems, up to a cap: a wrong file can produce a problem on every line, and a thousand
 * messages help nobody.
 */
final class ProblemList {

    static final int MAX_PROBLEMS = 100;

    private final List<PlanDocumentProblem> problems = new ArrayList<>();

    /** Stops the read with what was found so far once the cap is passed. */
    void add(PlanDocumentProblem problem) throws PlanDocumentException {
        problems.add(problem);
        if (problems.size() >= MAX_PROBLEMS) {
            List<PlanDocumentProblem> found = new ArrayList<>(sorted());
            found.add(PlanDocumentProblem.of(PlanDocumentProblem.WHOLE_DOCUMENT,
                    PlanDocumentProblem.TOO_MANY_PROBLEMS, MAX_PROBLEMS));
            throw new PlanDocumentException(found);
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** In line order; problems found at the end of a task (missing parts) belong at its heading. */
    List<PlanDocumentProblem> sorted() {
        List<PlanDocumentProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(PlanDocumentProblem::line));
        return copy;
    }
}
