package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.intake.IntakeService;
import org.dossier.store.CaseFile;

/**
 * OCR as Dossier runs it against the {@code tesseract} command alone on the same pages, in the same
 * run and with the same workers, languages and page segmentation: the difference is Dossier's own
 * work (the hash-checked copy, the whitened background, storing the text and its boxes). Also the
 * time an import takes until the pages are searchable by name, and then until their text is.
 */
public final class OcrBenchmark {
    private final IntakeService intake;
    private final int workers;

    public OcrBenchmark(IntakeService intake, int workers) {
        this.intake = intake;
        this.workers = workers;
    }

    /**
     * @param ocrSeconds   until the last page's text was stored (searchable)
     * @param namesSeconds then until the names and dates in the text were found
     */
    public record Result(int pages, double aloneSeconds, double importSeconds, double ocrSeconds, double namesSeconds, long pagesRead) {
        public double alonePagesPerSecond() {
            return pages / aloneSeconds;
        }

        public double dossierPagesPerSecond() {
            return pages / ocrSeconds;
        }

        public double ratio() {
            return dossierPagesPerSecond() / alonePagesPerSecond();
        }
    }

    /** @param withAlone whether to time the {@code tesseract} command alone first ({@link Result#aloneSeconds()} is NaN if not) */
    public Result run(Path dump, Path target, String command, String languages, boolean withAlone) throws IOException {
        List<Path> pages = ImportBenchmark.filesIn(dump);
        double alone = withAlone ? tesseractAlone(pages, command, languages) : Double.NaN;
        try (CaseFile caseFile = CaseFile.openOrCreate(target, java.time.ZoneOffset.UTC, java.time.Clock.systemUTC())) {
            long started = System.nanoTime();
            intake.importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            double importing = (System.nanoTime() - started) / 1e9;
            intake.setOcrLanguages(caseFile, languages);
            CaseOcr.Readiness readiness = intake.ocrReadiness(caseFile);
            if (!readiness.ready()) {
                throw new IOException(readiness.problem());
            }
            long ocrStarted = System.nanoTime();
            long[] lastPageRead = {ocrStarted};
            CaseOcr.Counts read = intake.catchUpOcr(caseFile, readiness, (done, of) -> lastPageRead[0] = System.nanoTime());
            double names = (System.nanoTime() - lastPageRead[0]) / 1e9;
            return new Result(pages.size(), alone, importing, (lastPageRead[0] - ocrStarted) / 1e9, names, read.pagesRead());
        }
    }

    /** The command Dossier runs, one process per page and one page per worker at a time, its answers thrown away. */
    private double tesseractAlone(List<Path> pages, String command, String languages) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Path page : pages) {
                ProcessBuilder builder = new ProcessBuilder(command, page.toString(), "stdout", "-l", languages, "--psm", "1", "tsv")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put("OMP_THREAD_LIMIT", "1");
                runs.add(pool.submit(() -> builder.start().waitFor()));
            }
            for (Future<Integer> run : runs) {
                if (run.get() != 0) {
                    throw new IOException("tesseract failed on a page of the benchmark");
                }
            }
            return (System.nanoTime() - started) / 1e9;
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("tesseract alone did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
