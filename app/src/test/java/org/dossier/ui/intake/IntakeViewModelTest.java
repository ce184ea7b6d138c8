package org.dossier.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dossier.OnTheSampleCase;
import org.dossier.ingest.CaseOcr;
import org.dossier.model.ImportSummary;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence coming into an open case, without a window: the import, its report, and the pass behind it. */
class IntakeViewModelTest extends OnTheSampleCase {
    @TempDir
    Path dump;

    @Test
    void anImportSaysWhatItDidThenTheNamesAndDatesAreFoundBehindIt() throws Exception {
        Files.writeString(dump.resolve("note.txt"), "Marcus flew to Singapore on 3 March 2023.");
        Files.write(dump.resolve("broken.pdf"), "%PDF-1.7 nothing follows".getBytes());
        SameThreadWork work = new SameThreadWork();
        StringProperty status = new SimpleStringProperty("");
        List<String> changes = new ArrayList<>();
        IntakeViewModel intake = new IntakeViewModel(services.intake(), sample, work, status, () -> changes.add(status.get()));
        List<ImportSummary> reported = new ArrayList<>();

        intake.importPaths(List.of(dump), reported::add);

        assertEquals(1, reported.size());
        assertEquals(2, reported.get(0).files(), reported.get(0).toString());
        assertEquals(reported.get(0), intake.lastImportProperty().get());
        assertFalse(intake.importingProperty().get());
        assertFalse(intake.passRunningProperty().get());
        assertTrue(changes.get(0).startsWith("Imported "), "the case is read again once the import is in: " + changes);
        assertTrue(status.get().startsWith("Imported " + reported.get(0).imported() + " new file"), status.get());
        assertTrue(status.get().matches(".*could not be read\\. Found [2-9] names and dates in 1 item\\."), status.get());
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void aPictureImportedIsReadByOcrAfterTheNamesAndDates() throws Exception {
        CaseOcr.Readiness readiness = CaseOcr.readiness("eng+chi_sim+chi_tra");
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
        Files.copy(Path.of("src/test/resources/fixtures/documents/testOCR.png"), dump.resolve("scan.png"));
        SameThreadWork work = new SameThreadWork();
        StringProperty status = new SimpleStringProperty("");
        List<String> changes = new ArrayList<>();
        IntakeViewModel intake = new IntakeViewModel(services.intake(), sample, work, status, () -> changes.add(status.get()));

        intake.importPaths(List.of(dump), summary -> { });

        assertTrue(status.get().endsWith("OCR read text on 1 page of 1 file."), status.get());
        assertTrue(changes.get(changes.size() - 1).endsWith("OCR read text on 1 page of 1 file."), "the case is read again: " + changes);
        assertFalse(intake.passRunningProperty().get());
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void aCaseWithNothingLeftToReadSaysNothingAboutIt() {
        SameThreadWork work = new SameThreadWork();
        StringProperty status = new SimpleStringProperty("Opened.");
        List<String> changes = new ArrayList<>();
        new IntakeViewModel(services.intake(), sample, work, status, () -> changes.add("changed")).catchUpExtraction();
        assertEquals("Opened.", status.get(), "the sample is read through already");
        assertEquals(List.of(), changes);
        assertEquals(List.of(), work.unexpected());
    }
}
