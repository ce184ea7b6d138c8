package org.dossier.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.beans.property.SimpleObjectProperty;
import org.dossier.CaseChecks;
import org.dossier.app.Services;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.RenderedText;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.Actor;
import org.dossier.model.OcrWord;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text read by OCR opens beside its picture, the picture checked against its hash at import. */
class OcrReadingTest {
    @TempDir
    Path dir;

    @Test
    void anOcrTextOpensWithItsPictureAndTheBoxesOfItsWords() throws Exception {
        CaseOcr.Readiness readiness = CaseOcr.readiness("eng+chi_sim+chi_tra");
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
        Path picture = Files.copy(Path.of("src/test/resources/fixtures/documents/testOCR.png"),
                Files.createDirectories(dir.resolve("dump")).resolve("testOCR.png"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("dump/screens.zip")))) {
            zip.putNextEntry(new ZipEntry("phone/scan.png"));
            zip.write(Files.readAllBytes(picture));
            zip.write(0); // other bytes: a file of its own
            zip.closeEntry();
        }
        try (Services services = Services.create(dir.resolve("home"), Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
             CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock())) {
            services.intake().importThenExtract(caseFile, List.of(dir.resolve("dump")), ChatOptions.DEFAULT, ImportListener.NONE,
                    (done, of) -> { }, (done, of) -> { });
            long ocrItem = Long.parseLong(CaseChecks.query(caseFile.path(), "SELECT id FROM items WHERE title = 'testOCR.png (OCR)'"));
            SameThreadWork work = new SameThreadWork();
            ReaderViewModel reader = new ReaderViewModel(services.reading(), caseFile, work,
                    new SimpleObjectProperty<>(new Actor("Ana", Actor.Role.REPORTER)));

            reader.openItem(ocrItem, 0);

            assertEquals("This file contains some words.", reader.itemProperty().get().text());
            assertEquals(982, reader.pictureProperty().get().width(), "the picture, read and checked");
            assertNull(reader.pictureProblemProperty().get());
            List<OcrWord> contains = reader.ocrProperty().get().wordsBetween(10, 18);
            assertEquals(1, contains.size(), "the box of \"contains\", the words 10 to 18");
            assertTrue(contains.get(0).x() > 0 && contains.get(0).x() + contains.get(0).width() <= 982);

            reader.openItem(Long.parseLong(CaseChecks.query(caseFile.path(),
                    "SELECT id FROM items WHERE locator = 'ocr' AND title = 'scan.png (OCR)'")), 0);
            assertEquals(982, reader.pictureProperty().get().width(), "a picture in a ZIP, unpacked again and checked");

            Files.write(picture, new byte[] {0}, StandardOpenOption.APPEND);
            reader.openItem(ocrItem, 0);
            assertNull(reader.pictureProperty().get(), "a picture changed since import is not shown as the evidence");
            assertEquals("The picture on disk has changed since it was imported; run verify.", reader.pictureProblemProperty().get());
            assertEquals(List.of(), work.unexpected());
        }
    }

    @Test
    void theSecondPageOfAScanOrAFaxShowsThatPageNotTheFirst() throws Exception {
        CaseOcr.Readiness readiness = CaseOcr.readiness("eng");
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
        Font font = RenderedText.font("Fax cover Halvorsen", 40, "DejaVu Serif", "Liberation Serif", "Serif");
        Path first = RenderedText.page(dir.resolve("p1.png"), List.of("Fax cover sheet for Halvorsen"), font, 0, 0);
        Path second = RenderedText.page(dir.resolve("p2.png"), List.of("Second page:", "wire instructions", "to Halvorsen"), font, 0, 0);
        RenderedText.tiff(dir.resolve("dump/fax.tif"), first, second);
        RenderedText.pdf(dir.resolve("dump/scan.pdf"), first, second);
        int secondHeight = javax.imageio.ImageIO.read(second.toFile()).getHeight();
        try (Services services = Services.create(dir.resolve("home"), Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
             CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock())) {
            services.intake().setOcrLanguages(caseFile, "eng");
            services.intake().importThenExtract(caseFile, List.of(dir.resolve("dump")), ChatOptions.DEFAULT, ImportListener.NONE,
                    (done, of) -> { }, (done, of) -> { });
            SameThreadWork work = new SameThreadWork();
            ReaderViewModel reader = new ReaderViewModel(services.reading(), caseFile, work,
                    new SimpleObjectProperty<>(new Actor("Ana", Actor.Role.REPORTER)));

            reader.openItem(Long.parseLong(CaseChecks.query(caseFile.path(), "SELECT id FROM items WHERE title = 'fax.tif, page 2 (OCR)'")), 0);
            assertNull(reader.pictureProblemProperty().get());
            assertEquals(secondHeight, reader.pictureProperty().get().height(), "the TIFF's second frame, which the boxes are on");

            reader.openItem(Long.parseLong(CaseChecks.query(caseFile.path(), "SELECT id FROM items WHERE title = 'scan.pdf, page 2 (OCR)'")), 0);
            assertNull(reader.pictureProblemProperty().get());
            assertEquals(reader.ocrProperty().get().height(), reader.pictureProperty().get().height(),
                    "the PDF's second page drawn as OCR drew it (300 dpi), so its words' boxes fall on it");
            assertEquals(secondHeight * 2, reader.pictureProperty().get().height(), "drawn at 300 dpi from 150");
            assertEquals(List.of(), work.unexpected());
        }
    }
}
