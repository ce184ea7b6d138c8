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
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportProgress;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.intake.IntakeService;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/**
 * Evidence coming into an open case: the import, beside other work, with its progress and a Stop;
 * then the passes behind it, which also run when a case opens with work left: names and dates
 * (decision 0016), then the text of pictures by OCR (decision 0026) and the names and dates in it.
 * An import asked for while a pass runs stops the pass, which resumes after it. Each speaks in the
 * case's status line while it runs.
 */
public final class IntakeViewModel {
    private static final String FOUND_LATER = "the rest is found when the case is next opened or imported into.";

    private final IntakeService intake;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final StringProperty status;
    private final Runnable evidenceChanged;
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty passRunning = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private BackgroundWork.Pending importRun;
    private BackgroundWork.Pending extraction;
    private BackgroundWork.Pending ocr;
    private String saidBefore = "";
    private boolean toldWhyNoOcr;

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

    /** True while a pass behind the import runs: names and dates being found, or pictures read. */
    public BooleanProperty passRunningProperty() {
        return passRunning;
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
        stopPasses(); // the import goes first; the passes resume behind it
        if (passRunning.get()) {
            passRunning.set(false);
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
        stopPasses();
    }

    /**
     * Finds names and dates in the items no pass has read yet: after each import, and when a case
     * opens with some left by a cancel or a crash. Stopping ends it after the batch in hand; what
     * was found stays.
     */
    public void catchUpExtraction() {
        extraction = work.longRun(shown -> intake.catchUp(caseFile, (done, of) ->
                        shown.update(String.format("Finding names and dates: %,d of %,d items", done, of), done, of)),
                this::passSpeaks,
                found -> {
                    String items = String.format("%,d item%s", found.items(), found.items() == 1 ? "" : "s");
                    passEnded(found.complete() ? String.format("Found %,d names and dates in %s.", found.mentions(), items)
                            : "Stopped finding names and dates after " + items + "; " + FOUND_LATER);
                    if (found.complete()) {
                        catchUpOcr();
                    }
                },
                failure -> passEnded("Finding names and dates stopped: " + failure.getMessage()),
                () -> passEnded("Stopped finding names and dates; " + FOUND_LATER));
    }

    /** What the OCR pass did, or why it could not run. */
    private record OcrOutcome(CaseOcr.Counts read, String problem) {
    }

    /**
     * Reads the text of the pictures no pass has read yet, then the names and dates in it. When
     * Tesseract or one of the case's languages is missing, it says so once, and the pictures wait.
     */
    public void catchUpOcr() {
        ocr = work.longRun(shown -> {
                    if (intake.picturesWaiting(caseFile) == 0) {
                        return null;
                    }
                    CaseOcr.Readiness readiness = intake.ocrReadiness(caseFile);
                    if (!readiness.ready()) {
                        return new OcrOutcome(null, readiness.problem());
                    }
                    return new OcrOutcome(intake.catchUpOcr(caseFile, readiness, (done, of) ->
                            shown.update(String.format("Reading the text of pictures (OCR): %,d of %,d", done, of), done, of)), null);
                },
                this::passSpeaks,
                outcome -> {
                    if (outcome == null || outcome.problem() != null && toldWhyNoOcr) {
                        return;
                    }
                    if (outcome.problem() != null) {
                        toldWhyNoOcr = true;
                        status.set(status.get().isEmpty() ? outcome.problem() : status.get() + " " + outcome.problem());
                        return;
                    }
                    CaseOcr.Counts read = outcome.read();
                    passEnded(!read.complete() ? "Stopped reading pictures; " + FOUND_LATER
                            : String.format("OCR read text on %,d page%s of %,d file%s%s.", read.pagesRead(),
                            read.pagesRead() == 1 ? "" : "s", read.files(), read.files() == 1 ? "" : "s", read.failures().isEmpty() ? ""
                                    : String.format("; %,d could not be read", read.failures().size())));
                },
                failure -> passEnded("Reading pictures stopped: " + failure.getMessage()),
                () -> passEnded("Stopped reading pictures; " + FOUND_LATER));
    }

    private void stopPasses() {
        for (BackgroundWork.Pending pass : new BackgroundWork.Pending[] {extraction, ocr}) {
            if (pass != null) {
                pass.stop();
            }
        }
    }

    /** The status line is a pass's once it has something to do, unless an import has it. */
    private void passSpeaks(String message, long done, long of) {
        if (!passRunning.get() && !importing.get()) {
            passRunning.set(true);
            saidBefore = status.get();
        }
        if (passRunning.get()) {
            speak(message, done, of);
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

    private void passEnded(String said) {
        if (!passRunning.get()) {
            return; // nothing was left to do, or an import took the status line and will refresh the case
        }
        passRunning.set(false);
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
