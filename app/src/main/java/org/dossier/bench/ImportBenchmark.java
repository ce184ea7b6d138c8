package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.app.HeapSampler;
import org.dossier.extract.CaseExtraction;
import org.dossier.ingest.DocumentParser;
import org.dossier.ingest.ForkedParser;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.MediaTypeDetector;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.intake.IntakeService;
import org.dossier.model.CaseName;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;

/**
 * Measures an import against the yardstick that matters on a noisy machine: the same parser
 * alone, on the same files, with the same number of threads, in the same run. The ratio of the
 * two says what hashing, unpacking, indexing and writing cost on top of text extraction. Between
 * them, the same parser in a new process as imports use it (decision 0017), fed as the import
 * feeds it and nothing more, shows how much of that cost is the process's alone. The extraction
 * pass that follows an import (names, places, dates) is timed on its own.
 */
public final class ImportBenchmark {
    private static final int WARM_UP_FILES = 300;
    private final DocumentParser parser;
    private final Supplier<ForkedParser> parserProcesses;
    private final MediaTypeDetector detector;
    private final IntakeService intake;
    private final Clock clock;
    private final int threads;

    /**
     * @param parser          the parser alone, in this JVM
     * @param parserProcesses a new parser process as imports use, {@code threads} files at once
     * @param detector        the detector the import names each file's format with
     */
    public ImportBenchmark(DocumentParser parser, Supplier<ForkedParser> parserProcesses, MediaTypeDetector detector,
                           IntakeService intake, Clock clock, int threads) {
        this.parser = parser;
        this.parserProcesses = parserProcesses;
        this.detector = detector;
        this.intake = intake;
        this.clock = clock;
        this.threads = threads;
    }

    /** Files, bytes and wall-clock seconds of one pass. */
    public record Pass(long files, long bytes, double seconds) {
        public double filesPerSecond() {
            return files / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** The extraction pass after an import: items read, mentions found, seconds. */
    public record Extraction(long items, long mentions, double seconds) {
        public double itemsPerSecond() {
            return items / seconds;
        }
    }

    public record Result(Pass tikaAlone, Pass parserProcessAlone, Pass dossierImport, Extraction extraction, long peakHeapBytes,
                         ImportSummary summary) {
        public double ratio() {
            return dossierImport.filesPerSecond() / tikaAlone.filesPerSecond();
        }

        /** The parser in its own process, against the parser alone in this JVM. */
        public double isolationRatio() {
            return parserProcessAlone.filesPerSecond() / tikaAlone.filesPerSecond();
        }

        /** The same ratio when the import is counted until its extraction pass is done too. */
        public double ratioWithExtraction() {
            return dossierImport.files() / (dossierImport.seconds() + extraction.seconds()) / tikaAlone.filesPerSecond();
        }
    }

    public Result run(Path dump, Path caseFile) throws IOException {
        List<Path> files = filesIn(dump);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        List<Path> warmUp = files.subList(0, Math.min(WARM_UP_FILES, files.size()));
        parseAll(warmUp); // warm up the JIT for the passes in this JVM
        readAll(files);
        long start = System.nanoTime();
        parseAll(files);
        Pass tika = new Pass(files.size(), bytes, seconds(start));
        Pass isolated = parseInParserProcess(files, warmUp, bytes);
        importApart(warmUp);

        Files.deleteIfExists(caseFile);
        readAll(files);
        try (CaseFile opened = CaseFile.openOrCreate(caseFile, ZoneOffset.UTC, clock);
             HeapSampler heap = new HeapSampler()) {
            start = System.nanoTime();
            ImportSummary summary = intake.importFiles(opened, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            Pass dossier = new Pass(summary.files(), bytes, seconds(start));
            return new Result(tika, isolated, dossier, extract(opened), heap.peakBytes(), summary);
        }
    }

    /**
     * Parses the files in a parser process of its own, warmed up on the same files as Tika alone:
     * one thread names each file's format in the order of the walk, as the import's walker does,
     * and as many files are in hand at once as the import keeps there; the answers are dropped.
     */
    private Pass parseInParserProcess(List<Path> files, List<Path> warmUp, long bytes) throws IOException {
        try (ForkedParser process = parserProcesses.get()) {
            sendAll(process, warmUp);
            readAll(files);
            long start = System.nanoTime();
            sendAll(process, files);
            return new Pass(files.size(), bytes, seconds(start));
        }
    }

    private void sendAll(ForkedParser process, List<Path> files) {
        int inHand = threads * ForkedParser.IN_FLIGHT_PER_THREAD;
        ExecutorService senders = Executors.newFixedThreadPool(inHand);
        Semaphore waiting = new Semaphore(2 * inHand); // detection runs a few files ahead, as the walker does behind its queue
        try {
            List<Future<?>> sent = new ArrayList<>(files.size());
            for (Path file : files) {
                String name = file.getFileName().toString();
                String mediaType = detector.detect(file, name);
                waiting.acquire();
                sent.add(senders.submit(() -> {
                    try {
                        process.parse(file, name, mediaType, ZoneOffset.UTC);
                    } finally {
                        waiting.release();
                    }
                }));
            }
            awaitAll(sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the benchmark", e);
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Imports these files into a case of their own, thrown away: the import's code is compiled, in
     * this JVM and in the parser process, as Tika's was by the files parsed before timing it.
     */
    private void importApart(List<Path> warmUp) throws IOException {
        Path folder = Files.createTempDirectory("dossier-warm-up-");
        Path caseFile = folder.resolve("warm-up.dossier");
        try {
            Path copies = Files.createDirectory(folder.resolve("files"));
            for (int i = 0; i < warmUp.size(); i++) {
                Files.copy(warmUp.get(i), copies.resolve(i + "-" + warmUp.get(i).getFileName()));
            }
            try (CaseFile opened = CaseFile.openOrCreate(caseFile, ZoneOffset.UTC, clock)) {
                intake.importFiles(opened, List.of(copies), ChatOptions.DEFAULT, ImportListener.NONE);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private Extraction extract(CaseFile caseFile) {
        long start = System.nanoTime();
        CaseExtraction.Counts counts = intake.catchUp(caseFile, (done, of) -> { });
        return new Extraction(counts.items(), counts.mentions(), seconds(start));
    }

    /** Messages, seconds and peak heap of importing one chat export into a fresh case, and of the extraction pass after it. */
    public record ChatResult(long messages, double seconds, Extraction extraction, long peakHeapBytes) {
        public double messagesPerSecond() {
            return messages / seconds;
        }
    }

    /** Imports a chat export into a new case: a file (replaced if there) or a team case's empty database. */
    public ChatResult runChat(Path export, String caseName) throws IOException {
        if (!CaseName.isTeamCase(caseName)) {
            Files.deleteIfExists(Path.of(caseName));
        }
        try (CaseFile opened = CaseFile.openOrCreate(caseName, ZoneOffset.UTC, clock);
             HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            ImportSummary summary = intake.importFiles(opened, List.of(export), ChatOptions.DEFAULT, ImportListener.NONE);
            double seconds = seconds(start);
            return new ChatResult(summary.messages(), seconds, extract(opened), heap.peakBytes());
        }
    }

    private void parseAll(List<Path> files) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Runnables, not Callables: the results are dropped as they come, as an import drops them once written.
            awaitAll(files.stream()
                    .<Future<?>>map(file -> pool.submit(() -> {
                        parser.parse(file, file.getFileName().toString(), ZoneOffset.UTC);
                    }))
                    .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAll(List<Future<?>> parsed) {
        try {
            for (Future<?> future : parsed) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the benchmark", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the parser failed during the benchmark", e.getCause());
        }
    }

    /**
     * Reads every file once just before a pass is timed, so that each pass finds the files in the
     * page cache: a kernel that pages out what was not touched for a minute (this machine's does)
     * would otherwise make a pass read more from storage the longer ago the previous pass ran.
     */
    private static void readAll(List<Path> files) throws IOException {
        for (Path file : files) {
            Files.readAllBytes(file);
        }
    }

    /** The regular files under a folder, in a stable order. */
    public static List<Path> filesIn(Path dump) {
        try (Stream<Path> paths = Files.walk(dump)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dump, e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
