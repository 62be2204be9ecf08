package org.actionmap.plan.catalogue;

import java.util.List;

/**
 * A target catalogue was refused. Its messages are plain English: a catalogue is written and
 * reviewed by the people who set a city up, not by its users.
 */
public class TargetCatalogueException extends Exception {

    private final List<String> errors;

    public TargetCatalogueException(List<String> errors) {
        super("target catalogue refused:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
