package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.ingest.ocr.OcrException;
import org.dossier.ingest.ocr.PdfPages;
import org.dossier.ingest.ocr.PictureParts;
import org.dossier.ingest.ocr.Tesseract;
import org.dossier.model.FileFailure;
import org.dossier.model.OcrPage;
import org.dossier.model.OcrPicture;
import org.dossier.store.CaseFile;
import org.dossier.store.OcrBacklog;
import org.dossier.store.Originals;

/**
 * OCR behind the import (decision 0026): the pictures the case holds, and the pages of its scanned
 * PDFs, are read by Tesseract, one process per picture and one per core, and each file's text is committed as it is read, so the
 * pass can be stopped or killed and goes on from there. A picture is read from a copy, taken from
 * its file or unpacked again from the archives it came out of, whose SHA-256 is checked against the
 * import's: what is read is the evidence, byte for byte.
 */
public final class CaseOcr {
    /** How long one picture may take: {@code -Ddossier.ocrSeconds}, default 120. */
    public static final Duration PAGE_TIME_LIMIT = Duration.ofSeconds(Long.getLong("dossier.ocrSeconds", 120));
    private static final Set<String> HEIC = Set.of("image/heic", "image/heif");
    /** A scan longer than this is read this far (a PDF can claim a million pages in a few bytes). */
    private static final int MAX_PDF_PAGES = 2_000;
    private static final String NOT_REACHABLE = "its original is not reachable now (a drive not mounted?): it waits for the next pass";
    private static final String CHANGED = "the original has changed since it was imported (its SHA-256 differs), so it was not read";

    private final int workers;

    public CaseOcr(int workers) {
        this.workers = workers;
    }

    /** Counts of a pass: the files dealt with, the pages that gave text and the files that failed, with why; not complete when stopped. */
    public record Counts(long files, long pagesRead, List<FileFailure> failures, boolean complete) {
    }

    /** Told how far a pass has come. */
    @FunctionalInterface
    public interface Progress {
        void filesDone(long done, long of);
    }

    /** Whether OCR can run on this machine for these languages, and if not, what to do about it. */
    public record Readiness(Optional<Tesseract> engine, String problem) {
        public boolean ready() {
            return problem == null;
        }
    }

    /** Tesseract and the case's languages, or the reason OCR cannot run (said once, in the window and the CLI). */
    public static Readiness readiness(String languages) {
        return readiness(Tesseract.find(), languages);
    }

    static Readiness readiness(Optional<Tesseract> found, String languages) {
        if (found.isEmpty()) {
            return new Readiness(found, "Tesseract is not installed, so pictures are kept without their text until it is "
                    + "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra; "
                    + "macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer).");
        }
        List<String> missing = new ArrayList<>();
        for (String language : languages.split("\\+")) {
            if (!found.get().languages().contains(language)) {
                missing.add(language);
            }
        }
        return missing.isEmpty() ? new Readiness(found, null) : new Readiness(found, "Tesseract has no data for "
                + String.join(", ", missing) + " (Debian/Ubuntu: apt-get install "
                + String.join(" ", missing.stream().map(l -> "tesseract-ocr-" + l.replace('_', '-')).toList())
                + "), so pictures are kept without their text until it has.");
    }

    /** How many files wait for OCR. */
    public static long waiting(CaseFile caseFile) {
        try (OcrBacklog backlog = OcrBacklog.of(caseFile)) {
            return backlog.size();
        }
    }

    /**
     * Reads every picture no pass has read yet. Interrupting the calling thread stops the pictures
     * in hand (their processes are killed) and keeps what was committed.
     */
    public Counts catchUp(CaseFile caseFile, Tesseract tesseract, String languages, Progress progress) {
        long files = 0;
        long pages = 0;
        List<FileFailure> failed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "ocr");
            thread.setDaemon(true);
            return thread;
        });
        Originals originals = Originals.of(caseFile);
        try (OcrBacklog backlog = OcrBacklog.of(caseFile)) {
            long total = backlog.size();
            progress.filesDone(0, total);
            long after = 0;
            for (List<OcrPicture> batch = backlog.after(after); !batch.isEmpty(); batch = backlog.after(after)) {
                List<Future<List<OcrBacklog.PageResult>>> reading = new ArrayList<>();
                for (OcrPicture picture : batch) {
                    reading.add(pool.submit(() -> read(originals, picture, tesseract, languages)));
                }
                for (int i = 0; i < batch.size(); i++) {
                    List<OcrBacklog.PageResult> results = reading.get(i).get();
                    if (Thread.currentThread().isInterrupted()) {
                        return new Counts(files, pages, failed, false);
                    }
                    if (results.isEmpty()) { // not reachable now (a drive not mounted): it waits for the next pass
                        failed.add(new FileFailure(batch.get(i).displayName(), NOT_REACHABLE));
                        continue;
                    }
                    backlog.record(batch.get(i), results, tesseract.engine(), languages);
                    files++;
                    for (OcrBacklog.PageResult result : results) {
                        pages += result.read() != null && !result.read().isEmpty() ? 1 : 0;
                        if (result.failure() != null) {
                            failed.add(new FileFailure(batch.get(i).displayName() + (results.size() > 1 ? " (page " + result.page() + ")" : ""),
                                    result.failure()));
                        }
                    }
                    progress.filesDone(files, Math.max(files, total));
                }
                after = batch.get(batch.size() - 1).itemId();
            }
            return new Counts(files, pages, failed, true);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return new Counts(files, pages, failed, false);
        } catch (ExecutionException bug) {
            throw new IllegalStateException("OCR failed unexpectedly", bug.getCause());
        } finally {
            pool.shutdownNow(); // kills the pictures in hand when stopped
        }
    }

    /** The pages of one file, read: a picture's one (or a TIFF's each), each page of a scanned PDF, or a picture inside a file. */
    private static List<OcrBacklog.PageResult> read(Originals originals, OcrPicture picture, Tesseract tesseract, String languages)
            throws IOException {
        if (picture.diskPath() == null && !originals.holds(picture.original())) {
            return failed("neither it nor an archive it came out of is on disk");
        }
        if (HEIC.contains(picture.readType())) {
            return failed("Tesseract cannot read HEIC pictures");
        }
        Path copy = Files.createTempFile("dossier-ocr-", ".original");
        Path part = null;
        try {
            try {
                if (!ArchivedCopy.of(originals, picture, copy).equals(picture.sha256())) {
                    return failed(CHANGED);
                }
            } catch (ArchivedCopy.Larger larger) {
                return failed(CHANGED);
            } catch (NoSuchFileException | AccessDeniedException unreachable) {
                return List.of();
            } catch (IOException | RuntimeException unreadable) {
                return failed("the original cannot be read from " + picture.diskPath() + ": " + unreadable);
            }
            if (picture.isPdf()) {
                return readPages(copy, tesseract, languages);
            }
            if (picture.part() != null) {
                part = Files.createTempFile("dossier-ocr-", ".part");
                PictureParts.write(picture, copy, part);
            }
            List<OcrBacklog.PageResult> results = new ArrayList<>();
            for (OcrPage page : tesseract.read(part != null ? part : copy, languages, PAGE_TIME_LIMIT)) {
                results.add(new OcrBacklog.PageResult(results.size() + 1, page, null));
            }
            return results;
        } catch (OcrException e) {
            return failed(e.getMessage());
        } catch (RuntimeException bad) { // a picture that breaks a reader costs itself, not the pass
            return failed("it could not be read: " + bad);
        } finally {
            Files.deleteIfExists(copy);
            if (part != null) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** A scanned PDF's pages, drawn a batch at a time and read one by one; a page that fails costs itself. */
    private static List<OcrBacklog.PageResult> readPages(Path pdf, Tesseract tesseract, String languages) throws IOException {
        List<OcrBacklog.PageResult> results = new ArrayList<>();
        Path folder = Files.createTempDirectory("dossier-ocr-pages-");
        try {
            int count = 1;
            for (int first = 1; first <= Math.min(count, MAX_PDF_PAGES); first += PdfPages.BATCH) {
                PdfPages.Drawn drawn;
                try {
                    drawn = PdfPages.draw(pdf, first, PdfPages.BATCH, folder, PdfPages.PAGE_LIMIT.multipliedBy(PdfPages.BATCH));
                } catch (OcrException e) {
                    results.add(new OcrBacklog.PageResult(first, null, e.getMessage()));
                    break;
                }
                count = drawn.pageCount();
                for (int i = 0; i < drawn.pages().size(); i++) {
                    try {
                        results.add(new OcrBacklog.PageResult(first + i, tesseract.read(drawn.pages().get(i), languages, PAGE_TIME_LIMIT)
                                .get(0), null));
                    } catch (OcrException e) {
                        results.add(new OcrBacklog.PageResult(first + i, null, e.getMessage()));
                    } finally {
                        Files.deleteIfExists(drawn.pages().get(i));
                    }
                }
            }
            if (count > MAX_PDF_PAGES) {
                results.add(new OcrBacklog.PageResult(MAX_PDF_PAGES + 1, null, "pages after " + MAX_PDF_PAGES + " are not read by OCR"));
            }
            return results.isEmpty() ? failed("the PDF has no pages") : results;
        } finally {
            try (var left = Files.list(folder)) { // pages drawn but not read when stopped
                for (Path page : left.toList()) {
                    Files.deleteIfExists(page);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static List<OcrBacklog.PageResult> failed(String reason) {
        return List.of(new OcrBacklog.PageResult(1, null, reason));
    }
}
