package org.actionmap.plan.catalogue;

/** One way a catalogue does not fit its plan document, at a requirement (0 when it has none). */
public record CatalogueIssue(int task, int requirement, String message) {

    @Override
    public String toString() {
        return "task " + task + " requirement " + requirement + ": " + message;
    }
}
