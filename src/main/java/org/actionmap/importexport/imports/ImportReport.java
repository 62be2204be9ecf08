package org.actionmap.importexport.imports;

import java.util.List;

/** What a check of a staged file found: how many features, and every problem; importable when there is none. */
public record ImportReport(int features, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return features > 0 && problems.isEmpty();
    }
}
