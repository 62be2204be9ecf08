package org.actionmap.importexport.imports;

/** Told how far a long step has come, from 0 to 1; called from the worker thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = fraction -> { };

    void update(double fraction);
}
