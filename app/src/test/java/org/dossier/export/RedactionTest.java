package org.dossier.export;

import org.dossier.store.ItemReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.OnTheSampleCase;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.Span;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.EntityStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What must never leave Dossier: a confidential source's identity and private note, and whatever
 * the reporter marked for redaction, searched for in the bytes of every export format and in the
 * PDFs' text.
 */
class RedactionTest extends OnTheSampleCase {
    private static final Actor REPORTER = new Actor("Mei Lin", Actor.Role.REPORTER);
    private final ExportService exports = services.exporter();
    @TempDir
    Path out;

    @Test
    void noExportHoldsAConfidentialIdentityOrAnythingRedacted() throws Exception {
        long source = services.attribution().addConfidentialSource(sample, "Harbour", "met at the café on Line 10",
                "Zhang Wei, data team", DatesShown.MONTH, REPORTER);
        Claim unsourced = services.attribution().claims(sample).stream().filter(c -> c.evidence().isEmpty()).findFirst().orElseThrow();
        long item = services.attribution().claims(sample).get(0).evidence().get(0).itemId();
        services.attribution().attach(sample, unsourced.id(), new NewEvidence(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, item,
                new Span(0, 10), null, source), REPORTER);
        exports.redactEntity(sample, REPORTER, entity("Chen Li")); // the name alone: the address goes with it

        List<String> never = List.of("Zhang Wei", "Line 10", "Chen Li", "陈立", "chen.li@halcyon-dynamics.example");
        for (Path file : everyExport()) {
            String text = file.toString().endsWith(".pdf") ? pdfText(file) : Files.readString(file, StandardCharsets.UTF_8);
            for (String secret : never) {
                assertFalse(text.contains(secret), file.getFileName() + " holds " + secret);
            }
            assertTrue(text.contains("[redacted]"), file.getFileName() + " shows where it hid something");
        }
        assertTrue(pdfText(out.resolve("memo.pdf")).contains("Harbour"), "the pseudonym is what the memo shows");
        assertTrue(pdfText(out.resolve("memo.pdf")).contains("从现在起立即停止调用 Lumina API"), "Chinese survives in the PDF's text");
    }

    /**
     * A source's phone identifies her as surely as her name: Dana Whitfield signs her mails with her
     * direct line, and a colleague's mail, cited in the memo, gives it as written in London ("020
     * 7946 0018"). Once she is a confidential source, no export holds the number in any form.
     */
    @Test
    void aConfidentialSourcesSignedPhoneNumberIsHiddenHoweverItIsWritten() throws Exception {
        Path dump = Files.createDirectories(out.resolve("mail"));
        for (int i = 1; i <= 2; i++) {
            Files.writeString(dump.resolve("dana-" + i + ".eml"), mail("Dana Whitfield <dana@northgate.example>", "dana-" + i,
                    "Usage logs " + i, "The usage logs are attached, part " + i + ".\n\nDana Whitfield\nNorthgate data team\nDirect line: +44 20 7946 0018\n"));
        }
        Files.writeString(dump.resolve("omar.eml"), mail("Omar Haddad <omar@northgate.example>", "omar-1", "The logs",
                "If you need the logs, call Dana on 020 7946 0018.\n"));
        services.intake().importFiles(sample, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
        services.intake().catchUp(sample, (done, of) -> { });
        long danas = timeline.events(sample, TimelineQuery.all()).stream().filter(e -> e.title().contains("Usage logs 1"))
                .findFirst().orElseThrow().itemId();
        TimelineEvent omars = timeline.events(sample, TimelineQuery.all()).stream().filter(e -> e.title().contains("The logs"))
                .findFirst().orElseThrow();
        long source = services.attribution().addConfidentialSource(sample, "Quarry", "a colleague of hers", "Dana Whitfield",
                DatesShown.MONTH, REPORTER);
        Claim claim = services.attribution().claims(sample).get(0);
        services.attribution().attach(sample, claim.id(), new NewEvidence(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, danas,
                new Span(0, 20), null, source), REPORTER);
        String omarsText = item(omars.itemId()).text();
        int call = omarsText.indexOf("call Dana");
        services.attribution().attach(sample, claim.id(), new NewEvidence(EvidenceKind.DOCUMENT, Stance.CONTEXT, omars.itemId(),
                new Span(call, omarsText.indexOf('.', call)), null, null), REPORTER);
        timeline.pin(sample, omars, new StoryText("Who had the logs", null, null), "reporter");

        for (Path file : everyExport()) {
            String text = file.toString().endsWith(".pdf") ? pdfText(file) : Files.readString(file, StandardCharsets.UTF_8);
            for (String number : List.of("7946 0018", "+442079460018", "2079460018")) {
                assertFalse(text.contains(number), file.getFileName() + " holds " + number);
            }
        }
        assertTrue(pdfText(out.resolve("memo.pdf")).contains("Quarry"));
    }

    private static String mail(String from, String id, String subject, String body) {
        return "From: " + from + "\nTo: Mei Lin <mei@newsroom.example>\nSubject: " + subject
                + "\nDate: Mon, 4 Sep 2023 10:00:00 +0000\nMessage-ID: <" + id + "@northgate.example>"
                + "\nContent-Type: text/plain; charset=utf-8\n\n" + body;
    }

    @Test
    void thePreviewShowsEachPlaceAsTheExportWillReadIt() {
        exports.redactTerm(sample, REPORTER, "Wang Fang");
        List<RedactionPlace> places = exports.previewTimeline(sample).places();
        RedactionPlace place = places.stream().filter(p -> p.found().equals("Wang Fang")).findFirst().orElseThrow();
        assertTrue(place.where().startsWith("Event of 2023-"), place.where());
        assertTrue(place.shown().contains("[redacted]") && !place.shown().contains("Wang Fang"), place.shown());
        assertTrue(exports.previewMemo(sample, true).places().stream().anyMatch(p -> p.where().startsWith("Claim ") && p.found().equals("Wang Fang")),
                "the memo's citations too");
    }

    @Test
    void everyPictureGoesInReencodedWithoutItsMetadataAndTheReporterIsToldToCheckItByEye() throws Exception {
        Path picture = Files.write(out.resolve("whiteboard.jpg"), Pictures.jpegWithExifArtist("Wang Fang"));
        TimelineEvent event = timeline.events(sample, TimelineQuery.all()).get(0);
        timeline.pin(sample, event, new StoryText("The whiteboard", null, picture.toString()), "reporter");
        assertEquals(List.of("Event of " + StoryDates.text(event, sample.timeZone()) + ": whiteboard.jpg"),
                exports.previewTimeline(sample).pictures());
        Path page = out.resolve("story.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, page);
        List<byte[]> embedded = ExportReading.pictures(page);
        assertEquals(1, embedded.size());
        assertEquals(List.of(), ExportReading.metadataOf(embedded.get(0)), "the EXIF naming Wang Fang is gone");
        assertFalse(Files.readString(page).contains("whiteboard.jpg"), "nor is the file's name in the page");
    }

    @Test
    void theWordsAroundAnExcerptAreCutAfterRedactionSoNoHalfNameShows() throws Exception {
        // 200 characters of context before "The key sentence." begin between 王 and 芳
        String filler = "Filler words. ".repeat(20);
        String text = filler + "王芳" + "x".repeat(SafeCopy.CONTEXT - 1) + "The key sentence." + filler;
        Path note = Files.writeString(Files.createDirectories(out.resolve("dump")).resolve("note.txt"), text, StandardCharsets.UTF_8);
        services.importer().importInto(sample, List.of(note.getParent()), org.dossier.ingest.ImportListener.NONE);
        exports.redactTerm(sample, REPORTER, "王芳");
        long itemId = services.search().search(sample, "key sentence", 5).hits().get(0).itemId();
        int start = item(itemId).text().indexOf("The key sentence.");
        Claim claim = services.attribution().claims(sample).get(0);
        services.attribution().attach(sample, claim.id(), new NewEvidence(EvidenceKind.DOCUMENT, Stance.CONTEXT, itemId,
                new Span(start, start + "The key sentence.".length()), null, null), REPORTER);
        Path memo = out.resolve("memo.html");
        exports.exportMemo(sample, MemoFormat.HTML, true, memo);
        String context = org.jsoup.Jsoup.parse(memo.toFile(), "UTF-8").select(".excerpt:contains(The key sentence.) .around").first().text();
        assertEquals("…[redacted]" + "x".repeat(SafeCopy.CONTEXT - 1), context, "no half of her name: the cut keeps the mark whole");
    }

    @Test
    void aRedactionTakenOffShowsTheWordsAgainAndTheLogSaysWho() throws Exception {
        long id = exports.redactTerm(sample, REPORTER, "Tidewater-7B");
        assertEquals(id, exports.redactTerm(sample, REPORTER, " Tidewater-7B "), "marked once");
        Path file = out.resolve("story.csv");
        exports.exportTimeline(sample, TimelineFormat.CSV, file);
        assertFalse(Files.readString(file).contains("Tidewater-7B"));

        exports.unredact(sample, REPORTER, id);
        exports.exportTimeline(sample, TimelineFormat.CSV, file);
        assertTrue(Files.readString(file).contains("Tidewater-7B"));
        List<AuditEntry> log = services.attribution().auditLog(sample);
        assertTrue(log.stream().anyMatch(e -> e.table().equals("redactions") && e.action().equals("delete") && e.actor().equals("Mei Lin")));
    }

    private List<Path> everyExport() {
        List<Path> files = new ArrayList<>();
        for (TimelineFormat format : TimelineFormat.values()) {
            Path file = out.resolve("story." + format.name().toLowerCase());
            exports.exportTimeline(sample, format, file);
            files.add(file);
        }
        for (MemoFormat format : MemoFormat.values()) {
            Path file = out.resolve("memo." + format.name().toLowerCase());
            exports.exportMemo(sample, format, true, file);
            files.add(file);
        }
        return files;
    }

    private org.dossier.model.Item item(long id) {
        try (var items = ItemReader.of(sample)) {
            return items.item(id).orElseThrow();
        }
    }

    private long entity(String name) {
        try (EntityStore entities = EntityStore.of(sample)) {
            return entities.idOfName(name).orElseThrow();
        }
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
