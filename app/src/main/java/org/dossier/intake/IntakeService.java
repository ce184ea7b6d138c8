package org.dossier.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.extract.CaseExtraction;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.ingest.CaseNearCopies;
import org.dossier.ingest.mail.CaseMailThreads;
import org.dossier.ingest.mail.CaseSignatures;
import org.dossier.model.DateOrder;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;

/**
 * The front door to bringing evidence into a case, for the command line and the window alike: the
 * import (searchable as soon as it is committed), then the passes behind it: names and dates
 * (decision 0016), and the text of pictures by OCR (decision 0026), whose text is then searched
 * for names and dates in turn. The command line runs them in a row; the window runs them as tasks,
 * so each pass can be stopped and resumed, but through the same calls.
 */
public final class IntakeService {
    private final ImportService importer;
    private final CaseOcr ocr;

    public IntakeService(ImportService importer, CaseOcr ocr) {
        this.importer = importer;
        this.ocr = ocr;
    }

    /**
     * An import and the passes behind it.
     *
     * @param ocr        what OCR read, or null when it could not run
     * @param ocrProblem why OCR could not run (Tesseract or a language missing), or null
     */
    public record Result(ImportSummary imported, Duration importing, CaseExtraction.Counts extracted, CaseOcr.Counts ocr,
                         String ocrProblem) {
    }

    /**
     * Imports files, folders and archives; every file is imported or reported with its reason. The
     * case's e-mails are then gathered into threads again, each a conversation.
     */
    public ImportSummary importFiles(CaseFile caseFile, List<Path> paths, ChatOptions options, ImportListener listener) {
        ImportSummary imported = importer.importInto(caseFile, paths, options, listener);
        CaseMailThreads.rebuild(caseFile);
        return imported;
    }

    /**
     * Finds names and dates in what was imported since the last pass, then groups the near-copies
     * among the documents and reads the phone numbers the mails are signed with; interrupted, it
     * stops after the batch in hand.
     */
    public CaseExtraction.Counts catchUp(CaseFile caseFile, CaseExtraction.Progress progress) {
        CaseExtraction.Counts counts = CaseExtraction.catchUp(caseFile, progress);
        if (!Thread.currentThread().isInterrupted()) {
            CaseNearCopies.update(caseFile);
        }
        if (!Thread.currentThread().isInterrupted()) {
            CaseSignatures.update(caseFile);
        }
        return counts;
    }

    /** Whether OCR can run for the case's languages, and if not, the reason to tell the reporter once. */
    public CaseOcr.Readiness ocrReadiness(CaseFile caseFile) {
        return CaseOcr.readiness(caseFile.ocrLanguages());
    }

    /** How many pictures wait for OCR. */
    public long picturesWaiting(CaseFile caseFile) {
        return CaseOcr.waiting(caseFile);
    }

    /**
     * Reads the text of the pictures no pass has read yet, then finds names and dates in it;
     * interrupted, it stops with the pictures in hand and goes on from there next time.
     */
    public CaseOcr.Counts catchUpOcr(CaseFile caseFile, CaseOcr.Readiness readiness, CaseOcr.Progress progress) {
        CaseOcr.Counts read = ocr.catchUp(caseFile, readiness.engine().orElseThrow(), caseFile.ocrLanguages(), progress);
        if (read.pagesRead() > 0 && read.complete()) {
            catchUp(caseFile, (done, of) -> { });
        }
        return read;
    }

    /** Sets the languages OCR reads the case's pictures in ("eng+chi_sim", as Tesseract takes them). */
    public void setOcrLanguages(CaseFile caseFile, String languages) {
        if (!languages.matches("[a-z_]+(\\+[a-z_]+)*")) {
            throw new IllegalArgumentException("OCR languages are Tesseract's names joined by +, such as eng+chi_sim, not " + languages);
        }
        caseFile.setOcrLanguages(languages);
    }

    /** Imports, then finds names and dates in what came in, then reads its pictures and their names and dates. */
    public Result importThenExtract(CaseFile caseFile, List<Path> paths, ChatOptions options, ImportListener listener,
                                    CaseExtraction.Progress progress, CaseOcr.Progress ocrProgress) {
        long started = System.nanoTime();
        ImportSummary imported = importFiles(caseFile, paths, options, listener);
        Duration importing = Duration.ofNanos(System.nanoTime() - started);
        CaseExtraction.Counts extracted = catchUp(caseFile, progress);
        if (picturesWaiting(caseFile) == 0) {
            return new Result(imported, importing, extracted, null, null);
        }
        CaseOcr.Readiness readiness = ocrReadiness(caseFile);
        return readiness.ready() ? new Result(imported, importing, extracted, catchUpOcr(caseFile, readiness, ocrProgress), null)
                : new Result(imported, importing, extracted, null, readiness.problem());
    }

    /** How the case reads numeric dates such as 03/04/2023 in its evidence from now on. */
    public void setDateOrder(CaseFile caseFile, DateOrder order) {
        caseFile.setDateOrder(order);
    }
}
