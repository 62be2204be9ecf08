package org.actionmap.importexport.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How large an import may be: the upload itself, a zip's entry count and unpacked size (a zip bomb unpacks to far more
 * than it weighs), and the number of features. Settings {@code actionmap.import.*}.
 */
@Component
public class ImportLimits {

    private final long maxUploadBytes;
    private final int maxZipEntries;
    private final long maxUnpackedBytes;
    private final int maxFeatures;
    private final int maxBatchFeatures;

    ImportLimits(@Value("${actionmap.import.max-upload-bytes:52428800}") long maxUploadBytes,
                 @Value("${actionmap.import.max-zip-entries:100}") int maxZipEntries,
                 @Value("${actionmap.import.max-unpacked-bytes:262144000}") long maxUnpackedBytes,
                 @Value("${actionmap.import.max-features:20000}") int maxFeatures,
                 @Value("${actionmap.import.max-batch-features:200000}") int maxBatchFeatures) {
        this.maxUploadBytes = maxUploadBytes;
        this.maxZipEntries = maxZipEntries;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxFeatures = maxFeatures;
        this.maxBatchFeatures = Math.max(maxFeatures, maxBatchFeatures);
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public int maxZipEntries() {
        return maxZipEntries;
    }

    public long maxUnpackedBytes() {
        return maxUnpackedBytes;
    }

    /** Features a file may hold for a layer written feature by feature (substations, lines, sites). */
    public int maxFeatures() {
        return maxFeatures;
    }

    /** Features a file may hold at all: a layer written in one batch (parcels) takes this many. */
    public int maxBatchFeatures() {
        return maxBatchFeatures;
    }

    /** The upload limit in whole megabytes, for the message above the upload. */
    public long maxUploadMegabytes() {
        return maxUploadBytes / (1024 * 1024);
    }
}
