package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.app.Services;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.model.Item;
import org.dossier.model.SourceIdentity;
import org.dossier.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #20's hostile reader, end to end: every format of every export of {@link HostileCase}, and
 * each manifest, read as the reader would read them ({@link ExportReading}), holds no written form
 * of the redacted, confidential person ({@link NameForms}), none of the source's identity (the
 * platform id, the private note), no hash or item id that would link a sealed citation to a file,
 * and no picture metadata. And when the redactor is bypassed, the leak gate refuses the export.
 */
class HostileReaderTest {
    @TempDir
    static Path folder;
    private static Services services;
    private static HostileCase hostile;
    private static final List<Path> EXPORTS = new ArrayList<>();

    @BeforeAll
    static void exportEverything() throws Exception {
        services = Services.create(folder.resolve("home"), Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
        hostile = HostileCase.build(services, folder);
        Path out = Files.createDirectories(folder.resolve("exports"));
        for (TimelineFormat format : TimelineFormat.values()) {
            Path file = out.resolve("story." + (format == TimelineFormat.TIMELINEJS ? "json" : format.name().toLowerCase()));
            assertTrue(services.exporter().exportTimeline(hostile.caseFile, format, file) > 56);
            EXPORTS.add(file);
        }
        for (MemoFormat format : MemoFormat.values()) {
            for (boolean unapproved : List.of(true, false)) {
                Path file = out.resolve("memo" + (unapproved ? "-all." : "-approved.") + format.name().toLowerCase());
                services.exporter().exportMemo(hostile.caseFile, format, unapproved, file);
                EXPORTS.add(file);
            }
        }
        for (Path export : List.copyOf(EXPORTS)) {
            EXPORTS.add(export.resolveSibling(ProvenanceManifest.fileNameFor(export.getFileName().toString())));
        }
    }

    @AfterAll
    static void close() {
        hostile.caseFile.close();
        services.close();
    }

    @Test
    void noExportOrManifestNamesThePersonInAnyForm() throws Exception {
        for (Path file : EXPORTS) {
            for (String text : ExportReading.texts(file)) {
                Optional<String> found = NameForms.giveAway(text);
                assertEquals(Optional.empty(), found, () -> file.getFileName() + " gives him away in: " + shortened(text, found.get()));
            }
        }
    }

    @Test
    void noExportHoldsTheSourcesIdentityTheCaseNameOrANote() throws Exception {
        for (Path file : EXPORTS) {
            String all = String.join("\n", ExportReading.texts(file));
            for (String never : List.of(HostileCase.SOURCE_PLATFORM_ID, "café on Line 10", "Line 10", "chen-li-leak", folder.toString())) {
                assertFalse(all.contains(never), file.getFileName() + " holds " + never);
            }
        }
    }

    @Test
    void aSealedCitationLinksToNoFileAndNoItem() throws Exception {
        List<String> never = new ArrayList<>();
        for (Item item : HostileCase.confidentialItems(hostile.caseFile)) {
            never.add(item.provenance().sha256().hex().substring(0, 12));
            never.add("\"item_id\" : " + item.id() + ",");
        }
        never.add(HostileCase.itemWith(hostile.caseFile, "Notes on the batches.").provenance().sha256().hex().substring(0, 12));
        for (Path file : EXPORTS) {
            String raw = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            String texts = String.join("\n", ExportReading.texts(file));
            for (String value : never) {
                assertFalse(raw.contains(value) || texts.contains(value), file.getFileName() + " holds " + value);
            }
        }
    }

    @Test
    void theMemoCitesTheSourceByPseudonymKindAndMonthOnly() throws Exception {
        String memo = String.join("\n", ExportReading.texts(folder.resolve("exports/memo-all.html")));
        assertTrue(memo.contains("confidential source “Kestrel”, chat message, 2023-08"), memo);
        assertTrue(memo.contains("confidential source “Kestrel”, e-mail, 2023-08"), memo);
        assertTrue(memo.contains("confidential source “Kestrel”, document"), memo);
        assertTrue(memo.contains(HostileCase.MAIL_WORDS) && !memo.contains("Data engineer"), "the excerpt, never the signature around it");
    }

    @Test
    void thePublicTimelineWithholdsTheSourcesOwnWordsWhichTheOriginalsWouldMatch() throws Exception {
        for (String format : List.of("html", "json", "csv", "pdf")) {
            String story = String.join("\n", ExportReading.texts(folder.resolve("exports/story." + format)));
            for (String words : List.of(HostileCase.CHAT_WORDS, HostileCase.MAIL_WORDS, HostileCase.PDF_WORDS)) {
                assertFalse(story.contains(words), "story." + format + " quotes " + words);
            }
            assertTrue(story.contains(Redactor.WITHHELD), "story." + format);
        }
    }

    @Test
    void picturesCarryNoMetadata() throws Exception {
        int pictures = 0;
        for (Path file : EXPORTS) {
            for (byte[] picture : ExportReading.pictures(file)) {
                pictures++;
                assertEquals(List.of(), ExportReading.metadataOf(picture), file.getFileName() + "'s picture carries metadata");
            }
        }
        assertEquals(2, pictures, "the pinned picture, in the HTML page and in the PDF");
    }

    @Test
    void everyManifestIsSignedAndStandsOnTheCase() {
        for (Path file : EXPORTS) {
            if (file.toString().endsWith(".manifest.json")) {
                ExportCheck check = services.exporter().verify(hostile.caseFile, file);
                assertTrue(check.accepted(), file + ": " + check.problems());
                assertTrue(services.exporter().verifyWithoutCase(file).accepted());
            }
        }
    }

    @Test
    void theLeakGateRefusesWhatABypassedRedactorLetsThrough() throws Exception {
        Function<Collection<String>, Redactor> missesTheChineseName = terms -> new Redactor(terms.stream()
                .filter(term -> !term.contains("陈") && !term.contains("陳")).toList());
        ExportService faulty = new ExportService(services.clock(), services.attribution(), services.rightOfReply(), services.verifier(),
                services.graph(), services.people(), missesTheChineseName);
        Path target = folder.resolve("exports/leaky.html");
        ExportException refused = assertThrows(ExportException.class, () -> faulty.exportMemo(hostile.caseFile, MemoFormat.HTML, true, target));
        assertTrue(refused.getMessage().startsWith("Dossier refused to write leaky.html:"), refused.getMessage());
        assertFalse(Files.exists(target) || Files.exists(folder.resolve("exports/leaky.html.manifest.json")), "nothing is written");
        try (var files = Files.list(folder.resolve("exports"))) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".partial")), "not even a partial file");
        }
    }

    @Test
    void theSourcesIdentityComesFromTheRecordAndTheItemsTheirWordsComeFrom() {
        try (ClaimStore claims = ClaimStore.of(hostile.caseFile)) {
            SourceIdentity kestrel = claims.sourceIdentities().get(0);
            assertEquals(3, kestrel.items().size());
            assertTrue(kestrel.items().stream().anyMatch(item -> item.writtenBy().contains(HostileCase.SOURCE_PLATFORM_ID)));
            assertTrue(kestrel.items().stream().anyMatch(item -> item.writtenBy().contains("Chen Li")), "the PDF's author");
        }
    }

    private static String shortened(String text, String found) {
        return text.length() < 300 ? text : "…(" + text.length() + " characters holding " + found + ")";
    }
}
