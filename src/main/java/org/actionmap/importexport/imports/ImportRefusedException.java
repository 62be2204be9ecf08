package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;

/** An import refused whole because of its features' problems: nothing was written. Carries the report. */
public class ImportRefusedException extends UserMessageException {

    private final transient ImportReport report;

    ImportRefusedException(ImportReport report) {
        super("import.error.refused", report.problems().size());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
