package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Puts an uploaded file into its own working folder where GDAL can open it. A zip (a Shapefile with its .dbf, .shx,
 * .prj and .cpg) is unpacked here, by us rather than GDAL's {@code /vsizip/}, so that the limits hold before anything
 * reaches the disk: no entry may leave the folder (zip slip), at most so many entries and so many bytes unpacked
 * (zip bomb), and it must hold a .shp.
 */
final class UploadedFiles {

    private UploadedFiles() {
    }

    /** The format an upload's name says it is; refused when it is none we read. */
    static ImportFormat formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        for (ImportFormat format : ImportFormat.values()) {
            for (String extension : format.extensions()) {
                if (name.endsWith(extension)) {
                    return format;
                }
            }
        }
        throw new UserMessageException("import.error.format");
    }

    /**
     * Writes the upload into {@code folder} and returns the path GDAL opens: the file itself, or for a zip the folder
     * it was unpacked to (GDAL's Shapefile driver lists every .shp of a folder as a layer).
     */
    static Path store(ImportFormat format, String fileName, InputStream upload, Path folder, ImportLimits limits) throws IOException {
        if (format == ImportFormat.SHAPEFILE_ZIP) {
            Path unpacked = Files.createDirectory(folder.resolve("unpacked"));
            unzip(upload, unpacked, limits);
            return unpacked;
        }
        // our own name, never the user's: the extension tells GDAL the driver
        Path target = folder.resolve("upload" + format.extensions().get(0));
        long size = copy(upload, target, limits.maxUploadBytes());
        if (size == 0) {
            throw new UserMessageException("import.error.empty");
        }
        return target;
    }

    private static void unzip(InputStream upload, Path folder, ImportLimits limits) throws IOException {
        int entries = 0;
        long unpacked = 0;
        boolean shp = false;
        Path root = folder.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(upload, java.nio.charset.Charset.forName("GBK"))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new UserMessageException("import.error.zip-too-many-entries", limits.maxZipEntries());
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || java.util.Arrays.asList(entry.getName().split("[/\\\\]")).contains("..")) {
                    throw new UserMessageException("import.error.zip-path", entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                String lower = target.getFileName().toString().toLowerCase(Locale.ROOT);
                if (lower.startsWith(".") || entry.getName().startsWith("__MACOSX/")) {
                    zip.closeEntry();
                    continue; // a Mac's resource forks: not part of the data
                }
                shp |= lower.endsWith(".shp");
                Files.createDirectories(target.getParent());
                long room = limits.maxUnpackedBytes() - unpacked;
                unpacked += copy(zip, target, room, () -> new UserMessageException("import.error.zip-too-large",
                        limits.maxUnpackedBytes() / (1024 * 1024)));
            }
        } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
            throw new UserMessageException("import.error.zip-corrupt");
        }
        if (entries == 0) {
            throw new UserMessageException("import.error.zip-corrupt");
        }
        if (!shp) {
            throw new UserMessageException("import.error.zip-no-shp");
        }
    }

    private static long copy(InputStream in, Path target, long limit) throws IOException {
        return copy(in, target, limit, () -> new UserMessageException("import.error.too-large", limit / (1024 * 1024)));
    }

    /** Copies at most {@code limit} bytes; one more and the copy stops with the refusal (the file is left behind). */
    private static long copy(InputStream in, Path target, long limit, java.util.function.Supplier<UserMessageException> tooLarge)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge.get();
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
