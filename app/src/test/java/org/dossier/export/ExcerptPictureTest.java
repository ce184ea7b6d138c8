package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.dossier.CaseChecks;
import org.dossier.app.Services;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.Actor;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.Span;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.dossier.store.CaseFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An excerpt read by OCR is shown in a memo with the crop of the picture it was read from, unless the memo hides anything. */
class ExcerptPictureTest {
    private static final Actor REPORTER = new Actor("Mei Lin", Actor.Role.REPORTER);
    /** testOCR.png reads "This file contains some words."; the excerpt is "contains some words". */
    private static final Span EXCERPT = new Span(10, 29);

    @TempDir
    Path dir;
    private CaseOcr.Readiness readiness;

    @BeforeEach
    void tesseract() {
        readiness = CaseOcr.readiness("eng");
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
    }

    @Test
    void theCropShowsTheExcerptsWordsAndLittleElse() throws Exception {
        try (Services services = services(); CaseFile caseFile = caseWithAnOcrExcerpt(services)) {
            Path memo = dir.resolve("memo.html");
            services.exporter().exportMemo(caseFile, ExportService.MemoFormat.HTML, true, memo);

            Element crop = Jsoup.parse(memo.toFile(), "UTF-8").selectFirst("article img.ocr-crop");
            assertNotNull(crop, "the excerpt comes with the crop of its picture");
            String data = crop.attr("src");
            assertTrue(data.startsWith("data:image/png;base64,"), data.substring(0, Math.min(40, data.length())));
            byte[] png = Base64.getDecoder().decode(data.substring(data.indexOf(',') + 1));
            BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(pixels.getWidth() < 982 * 3 / 4 && pixels.getHeight() < 150, "the words' boxes, not the page: "
                    + pixels.getWidth() + "×" + pixels.getHeight());
            Path cropped = Files.write(dir.resolve("crop.png"), png);
            String read = readiness.engine().orElseThrow().read(cropped, "eng", Duration.ofMinutes(1)).get(0).text().strip();
            assertEquals("contains some words", read.replaceAll("\\s+", " ").replaceAll("[.,]$", ""),
                    "a reader checking by eye sees the excerpt's words");
            assertEquals(List.of(), ExportReading.metadataOf(png), "the crop's pixels only");

            Path pdf = dir.resolve("memo.pdf");
            services.exporter().exportMemo(caseFile, ExportService.MemoFormat.PDF, true, pdf);
            assertEquals(1, ExportReading.pictures(pdf).size(), "the PDF memo shows the crop too");
        }
    }

    @Test
    void aTimelineEventFromAnOcrTextShowsTheCropToo() throws Exception {
        try (Services services = services(); CaseFile caseFile = caseWithAnOcrExcerpt(services)) {
            long item = Long.parseLong(CaseChecks.query(caseFile.path(), "SELECT id FROM items WHERE title = 'scan.png (OCR)'"));
            Instant at = Instant.parse("2023-11-30T10:00:00Z");
            services.timeline().pin(caseFile, new TimelineEvent("ocr", at, at, EventPrecision.DAY, TimelineEvent.EventKind.DOCUMENT,
                    "scan.png (OCR)", "contains some words", item, "scan.png", EXCERPT), new StoryText("The scan", null, null), "Mei Lin");
            Path timeline = dir.resolve("timeline.html");
            services.exporter().exportTimeline(caseFile, ExportService.TimelineFormat.HTML, timeline);

            Element event = Jsoup.parse(timeline.toFile(), "UTF-8").selectFirst("article");
            assertEquals("contains some words", event.selectFirst("blockquote").text());
            assertNotNull(event.selectFirst("img.ocr-crop"), "the event's excerpt with the crop of its picture");
        }
    }

    @Test
    void aMemoThatHidesAnythingShowsNoPicturesCrop() throws Exception {
        try (Services services = services(); CaseFile caseFile = caseWithAnOcrExcerpt(services)) {
            services.exporter().redactTerm(caseFile, REPORTER, "Halvorsen"); // a name the picture does not hold
            Path memo = dir.resolve("memo.html");
            services.exporter().exportMemo(caseFile, ExportService.MemoFormat.HTML, true, memo);

            Element claim = Jsoup.parse(memo.toFile(), "UTF-8").selectFirst("article");
            assertEquals("contains some words", claim.selectFirst("mark").text());
            assertNull(claim.selectFirst("img"), "pixels cannot be redacted as words are, so no crop while anything is hidden");
        }
    }

    private Services services() {
        return Services.create(dir.resolve("home"), Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
    }

    private CaseFile caseWithAnOcrExcerpt(Services services) throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        Files.copy(Path.of("src/test/resources/fixtures/documents/testOCR.png"), dump.resolve("scan.png"));
        CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock());
        services.intake().setOcrLanguages(caseFile, "eng");
        services.intake().importThenExtract(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE, (done, of) -> { },
                (done, of) -> { });
        long item = Long.parseLong(CaseChecks.query(caseFile.path(), "SELECT id FROM items WHERE title = 'scan.png (OCR)'"));
        long claim = services.attribution().addDraft(caseFile, "The scan contains some words.", REPORTER).get(0);
        services.attribution().attach(caseFile, claim, new NewEvidence(EvidenceKind.DOCUMENT, Stance.SUPPORTS, item, EXCERPT, null, null),
                REPORTER);
        return caseFile;
    }
}
