package org.actionmap.importexport.imports;

/**
 * Writes one staged feature into its target layer through the owning module's service, with that module's checks and
 * permissions, as the signed-in user; a refusal is the module's own {@code UserMessageException}.
 */
interface TargetWriter {

    ImportTarget target();

    /** Whether the signed-in user may write this layer anywhere (the wizard offers only such targets). */
    boolean mayWrite();

    void write(StagedFeature feature, ImportMapping mapping);
}
