package org.actionmap.importexport.imports;

import java.util.List;
import java.util.UUID;

/**
 * Writes all staged features of an import into its target layer at once, through the owning module's batch service,
 * with that module's checks and permissions, as the signed-in user: for layers whose files run to tens of thousands of
 * features (parcels), where one save per feature would take minutes. The module checks every feature; the import adds
 * no check of its own.
 */
interface BatchTargetWriter {

    ImportTarget target();

    /** Whether the signed-in user may write this layer anywhere (the wizard offers only such targets). */
    boolean mayWrite();

    /**
     * Checks every staged feature of the import and, when {@code write} and none is refused, writes them all; returns
     * the problems found (then nothing is written), empty when the features pass (and were written, if asked).
     */
    List<ImportProblem> writeAll(StagedImport staged, ImportMapping mapping, ImportProgress progress, boolean write);
}
