package org.actionmap.importexport.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * A file uploaded for import, stored in its own working folder: what GDAL found in it. Kept by the wizard until the
 * import is committed or abandoned ({@link ImportService#discard}).
 */
public record ImportUpload(UUID id, String owner, String fileName, ImportFormat format, Path folder, Path dataset,
                           List<SourceLayer> layers) {

    public SourceLayer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new org.actionmap.common.UserMessageException("import.error.layer"));
    }
}
