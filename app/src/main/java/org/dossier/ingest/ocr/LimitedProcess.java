package org.dossier.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command of OCR's run to its end or killed at its time limit, its output kept in files (a dense
 * page's TSV would fill a pipe and stall it). One thread per process ({@code OMP_THREAD_LIMIT=1}):
 * Dossier runs one per core.
 */
final class LimitedProcess {
    /** A page's TSV is a few hundred kilobytes; a process may write more, but Dossier reads no more than this. */
    private static final int MAX_OUTPUT = 64 << 20;
    private static final int MAX_MESSAGES = 1 << 20;

    private LimitedProcess() {
    }

    private static String head(Path file, int bytes) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        }
    }

    /** What the command said, and how it ended. */
    record Ended(int exit, String out, String err) {
    }

    /**
     * @param doing what the command does, for the reason given when it is stopped ("reading it")
     * @throws OcrException when it runs past the limit, or the calling thread is interrupted
     */
    static Ended run(List<String> command, Duration limit, String doing) throws IOException, OcrException {
        Path out = Files.createTempFile("dossier-ocr-", ".out");
        Path err = Files.createTempFile("dossier-ocr-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OcrException(doing + " took longer than " + limit.toSeconds() + " s: stopped");
            }
            return new Ended(process.exitValue(), head(out, MAX_OUTPUT), head(err, MAX_MESSAGES));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new OcrException("stopped");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
