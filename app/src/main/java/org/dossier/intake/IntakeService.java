package org.dossier.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.extract.CaseExtraction;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.DateOrder;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;

/**
 * The front door to bringing evidence into a case, for the command line and the window alike: the
 * import (searchable as soon as it is committed), then the pass behind it that finds names and dates
 * (decision 0016). The command line runs both in a row; the window runs them as two tasks, so the
 * pass can be stopped and resumed, but through the same two calls.
 */
public final class IntakeService {
    private final ImportService importer;

    public IntakeService(ImportService importer) {
        this.importer = importer;
    }

    /** An import and the extraction behind it. */
    public record Result(ImportSummary imported, Duration importing, CaseExtraction.Counts extracted) {
    }

    /** Imports files, folders and archives; every file is imported or reported with its reason. */
    public ImportSummary importFiles(CaseFile caseFile, List<Path> paths, ChatOptions options, ImportListener listener) {
        return importer.importInto(caseFile, paths, options, listener);
    }

    /** Finds names and dates in what was imported since the last pass; interrupted, it stops after the batch in hand. */
    public CaseExtraction.Counts catchUp(CaseFile caseFile, CaseExtraction.Progress progress) {
        return CaseExtraction.catchUp(caseFile, progress);
    }

    /** Imports, then finds names and dates in what came in. */
    public Result importThenExtract(CaseFile caseFile, List<Path> paths, ChatOptions options, ImportListener listener,
                                    CaseExtraction.Progress progress) {
        long started = System.nanoTime();
        ImportSummary imported = importFiles(caseFile, paths, options, listener);
        Duration importing = Duration.ofNanos(System.nanoTime() - started);
        return new Result(imported, importing, catchUp(caseFile, progress));
    }

    /** How the case reads numeric dates such as 03/04/2023 in its evidence from now on. */
    public void setDateOrder(CaseFile caseFile, DateOrder order) {
        caseFile.setDateOrder(order);
    }
}
