package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dossier.ingest.chat.ChatFormats;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.dossier.store.ImportWriter;
import org.dossier.store.SourceLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files, folders and archives into a case. One thread walks and unpacks, {@code workers}
 * threads hash and parse, and the calling thread is the single writer, committing in batches.
 * Originals are only ever read. Interrupting the calling thread cancels: files in hand are
 * finished and recorded, the rest is left for the next import, which carries on where this one
 * stopped (unchanged files are skipped by path, size and time; known bytes by hash).
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final DocumentParser parser;
    private final MediaTypeDetector detector;
    private final Clock clock;
    private final int workers;

    public ImportService(DocumentParser parser, MediaTypeDetector detector, Clock clock, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one parse worker is needed");
        }
        this.parser = parser;
        this.detector = detector;
        this.clock = clock;
        this.workers = workers;
    }

    public ImportSummary importInto(CaseFile caseFile, List<Path> roots, ImportListener listener) {
        return importInto(caseFile, roots, ChatOptions.DEFAULT, listener);
    }

    /** Imports with what the reporter said about chat exports (date order, a chat log's columns). */
    public ImportSummary importInto(CaseFile caseFile, List<Path> roots, ChatOptions chatOptions, ImportListener listener) {
        ChatFormats chatFormats = new ChatFormats(chatOptions);
        ZoneId zone = caseFile.timeZone();
        Path tempDir = createTempDir();
        ImportQueues queues = new ImportQueues(workers);
        AtomicLong filesFound = new AtomicLong();
        AtomicBoolean walkFinished = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(workers + 1, daemonThreads());
        try (ImportWriter writer = ImportWriter.of(caseFile, clock)) {
            writer.startRun(roots.stream().map(root -> root.toAbsolutePath().normalize().toString()).toList());
            SourceLookup walkerLookup = SourceLookup.of(caseFile);
            threads.execute(() -> walk(new EvidenceWalker(detector, walkerLookup, queues, tempDir, filesFound),
                    roots, walkerLookup, queues, walkFinished));
            for (int i = 0; i < workers; i++) {
                threads.execute(new ParseWorker(parser, chatFormats, SourceLookup.of(caseFile), queues, zone));
            }
            ImportRecorder recorder = new ImportRecorder(writer, listener, clock, filesFound::get, walkFinished::get);
            boolean cancelled;
            try {
                cancelled = recorder.drain(queues, workers);
            } catch (RuntimeException e) {
                queues.abort();
                finishQuietly(writer);
                throw e;
            }
            writer.linkChatReferences();
            writer.commit();
            if (!cancelled) {
                writer.keepOriginals().forEach(recorder::originalNotKept);
                cancelled = Thread.currentThread().isInterrupted();
            }
            writer.finishRun(cancelled ? "cancelled" : "completed");
            if (cancelled) {
                Thread.currentThread().interrupt();
            }
            return recorder.summary(cancelled);
        } finally {
            threads.shutdownNow();
            awaitQuietly(threads);
            deleteRecursively(tempDir);
        }
    }

    private void walk(EvidenceWalker walker, List<Path> roots, SourceLookup lookup, ImportQueues queues,
                      AtomicBoolean walkFinished) {
        try (lookup) {
            walker.walk(roots);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("walking the evidence failed", e);
            queues.abort();
        } finally {
            walkFinished.set(true);
            try {
                queues.endOfWork(workers);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void finishQuietly(ImportWriter writer) {
        try {
            writer.finishRun("failed");
        } catch (RuntimeException e) {
            LOG.warn("cannot mark the failed import run", e);
        }
    }

    /**
     * Names each thread for its role, so a profile tells them apart: the walker is submitted first,
     * and a fixed pool starts a new thread for each task until it is full.
     */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            int n = count.getAndIncrement();
            Thread thread = new Thread(task, n == 0 ? "dossier-walker" : "dossier-parse-" + n);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService threads) {
        try {
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("import threads still running after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("dossier-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for unpacking archives", e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete temporary folder {}", folder, e);
        }
    }
}
