package org.dossier.ui.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.dossier.ingest.ImportProgress;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.intake.IntakeService;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/**
 * Evidence coming into an open case: the import, beside other work, with its progress and a Stop;
 * then the pass behind it that finds names and dates (decision 0016), which also runs when a case
 * opens with items left. An import asked for while the pass runs stops the pass, which resumes
 * after it. Both speak in the case's status line while they run.
 */
public final class IntakeViewModel {
    private static final String FOUND_LATER = "the rest is found when the case is next opened or imported into.";

    private final IntakeService intake;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final StringProperty status;
    private final Runnable evidenceChanged;
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty extracting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private BackgroundWork.Pending importRun;
    private BackgroundWork.Pending extraction;
    private String saidBefore = "";

    /**
     * @param status          the case's status line, which the import and the pass speak in while they run
     * @param evidenceChanged told when what the case holds changed (counts, entities, mentions)
     */
    public IntakeViewModel(IntakeService intake, CaseFile caseFile, BackgroundWork work, StringProperty status, Runnable evidenceChanged) {
        this.intake = intake;
        this.caseFile = caseFile;
        this.work = work;
        this.status = status;
        this.evidenceChanged = evidenceChanged;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    /** True while names and dates are being found in what was imported. */
    public BooleanProperty extractingProperty() {
        return extracting;
    }

    /** The share of the import (or of the pass behind it) done, or -1 while the files are still being counted. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The summary of the import that ended last, for the view to report. */
    public ObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport;
    }

    /** Imports in the background beside other work; {@link #cancel()} stops it after the files in hand, and it still reports what it did. */
    public void importPaths(List<Path> paths, Consumer<ImportSummary> whenDone) {
        stopExtraction(); // the import goes first; the pass resumes behind it
        if (extracting.get()) {
            extracting.set(false);
        }
        importing.set(true);
        progress.set(-1);
        long started = System.nanoTime();
        importRun = work.longRun(shown -> intake.importFiles(caseFile, paths, ChatOptions.DEFAULT, each -> show(shown, each, started)),
                this::speak, done -> importEnded(done, whenDone), failure -> {
                    importEnded(null, whenDone);
                    status.set("The import stopped: " + failure.getMessage());
                }, () -> importEnded(null, whenDone));
    }

    /** Stops the import, or the pass behind it, after the files or items in hand. */
    public void cancel() {
        if (importRun != null) {
            importRun.stop();
        }
        stopExtraction();
    }

    /**
     * Finds names and dates in the items no pass has read yet: after each import, and when a case
     * opens with some left by a cancel or a crash. Stopping ends it after the batch in hand; what
     * was found stays.
     */
    public void catchUpExtraction() {
        extraction = work.longRun(shown -> intake.catchUp(caseFile, (done, of) ->
                        shown.update(String.format("Finding names and dates: %,d of %,d items", done, of), done, of)),
                (message, done, of) -> {
                    // the status line is the pass's once there is something to extract, unless an import has it
                    if (!extracting.get() && !importing.get()) {
                        extracting.set(true);
                        saidBefore = status.get();
                    }
                    if (extracting.get()) {
                        speak(message, done, of);
                    }
                },
                found -> {
                    String items = String.format("%,d item%s", found.items(), found.items() == 1 ? "" : "s");
                    extractionEnded(found.complete() ? String.format("Found %,d names and dates in %s.", found.mentions(), items)
                            : "Stopped finding names and dates after " + items + "; " + FOUND_LATER);
                },
                failure -> extractionEnded("Finding names and dates stopped: " + failure.getMessage()),
                () -> extractionEnded("Stopped finding names and dates; " + FOUND_LATER));
    }

    private void stopExtraction() {
        if (extraction != null) {
            extraction.stop();
        }
    }

    private static void show(BackgroundWork.Progress shown, ImportProgress progress, long started) {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        shown.update(String.format("Importing: %,d of %,d%s files · %.1f files/s · %.1f MB/s · %s", progress.filesDone(),
                progress.filesFound(), progress.walkFinished() ? "" : "+", progress.filesDone() / seconds,
                progress.bytesDone() / 1e6 / seconds, progress.currentPath() == null ? "" : progress.currentPath()),
                progress.filesDone(), progress.walkFinished() ? progress.filesFound() : -1);
    }

    private void speak(String message, long done, long of) {
        status.set(message);
        progress.set(of <= 0 ? -1 : (double) done / of);
    }

    private void extractionEnded(String said) {
        if (!extracting.get()) {
            return; // nothing was left to extract, or an import took the status line and will refresh the case
        }
        extracting.set(false);
        status.set(saidBefore.isEmpty() ? said : saidBefore + " " + said); // the import's summary stays in view
        evidenceChanged.run();
    }

    private void importEnded(ImportSummary done, Consumer<ImportSummary> whenDone) {
        importRun = null;
        importing.set(false);
        status.set(done == null ? "The import stopped; import the same files again to finish it."
                : String.format("%s %,d new file%s, %,d already in the case, %,d could not be read.%s",
                done.cancelled() ? "Cancelled after importing" : "Imported", done.imported(), done.imported() == 1 ? "" : "s",
                done.skippedDuplicates(), done.failures().size(), done.cancelled() ? " Import the same files again to finish." : ""));
        lastImport.set(done);
        evidenceChanged.run();
        whenDone.accept(done);
        catchUpExtraction();
    }
}
