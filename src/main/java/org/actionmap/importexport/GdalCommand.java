package org.actionmap.importexport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of GDAL's command-line tools ({@code ogr2ogr}, {@code ogrinfo}) from Debian's {@code gdal-bin}: as a list of
 * arguments without a shell, so that no file name or user text is ever interpreted by one, in a working folder of the
 * caller's, with a time limit, and with its output and errors kept for the caller's message.
 */
@Component
public class GdalCommand {

    /** What a finished run printed and its exit code; {@code ok()} when it exited with 0. */
    public record Result(int exitCode, String output, String errors) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final String binDirectory;
    private final Duration timeout;

    GdalCommand(@Value("${actionmap.gdal.bin:}") String binDirectory,
                @Value("${actionmap.gdal.timeout:PT5M}") Duration timeout) {
        this.binDirectory = binDirectory == null ? "" : binDirectory.trim();
        this.timeout = timeout;
    }

    /**
     * Runs {@code tool} with the arguments in {@code workDir}, with extra environment variables (GDAL's configuration
     * options, such as {@code SHAPE_ENCODING}).
     *
     * @throws GdalUnavailableException when the tool is not installed or does not finish in time
     */
    public Result run(String tool, List<String> arguments, Path workDir, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(binDirectory.isEmpty() ? tool : Path.of(binDirectory, tool).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(environment);
        // messages in English and UTF-8 whatever the server's locale: they are logged, never shown as they are
        builder.environment().put("LC_ALL", "C.UTF-8");
        Path output = null;
        Path errors = null;
        try {
            // what the tool prints goes to files outside its working folder (whose files may become a download), so
            // that a full pipe can never block it and no reader thread has to keep up with it
            output = Files.createTempFile("gdal-out-", ".txt");
            errors = Files.createTempFile("gdal-err-", ".txt");
            builder.redirectOutput(output.toFile()).redirectError(errors.toFile());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new GdalUnavailableException(tool + " could not be started: " + e.getMessage(), e);
            }
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new GdalUnavailableException(tool + " did not finish within " + timeout, null);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new GdalUnavailableException(tool + " was interrupted", e);
            }
            // not Files.readString, which throws on a byte that is not UTF-8: a .dbf without an encoding has its names
            // printed as they are (GBK), and what is not UTF-8 becomes a replacement character instead
            return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(errors), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(output);
            deleteQuietly(errors);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is the system's to clear
            }
        }
    }

    /** GDAL is missing on the server or hung: an operator's problem, not the user's file's. */
    public static class GdalUnavailableException extends RuntimeException {
        GdalUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
