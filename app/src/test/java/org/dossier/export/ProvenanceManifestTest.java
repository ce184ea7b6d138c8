package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.OnTheSampleCase;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.model.Actor;
import org.dossier.model.Claim;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.Sha256;
import org.dossier.model.Span;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export comes with a manifest of what it cites, which verify-export checks against the case and its originals. */
class ProvenanceManifestTest extends OnTheSampleCase {
    private final ExportService exports = services.exporter();
    @TempDir
    Path out;

    @Test
    void everyFormatComesWithAManifestOfEachCitedExcerpt() throws Exception {
        for (TimelineFormat format : TimelineFormat.values()) {
            Path file = out.resolve("story." + format.name().toLowerCase());
            exports.exportTimeline(sample, format, file);
            ProvenanceManifest manifest = ManifestJson.read(out.resolve(file.getFileName() + ".manifest.json"));
            assertEquals(file.getFileName().toString(), manifest.export());
            assertEquals(Fingerprint.of(file), manifest.exportSha256());
            assertFalse(manifest.dossierVersion().isBlank());
            assertEquals(8, manifest.excerpts().size(), "each pinned event from the evidence");
            ProvenanceManifest.Cited order = manifest.excerpts().stream().filter(c -> c.file().equals("2023-11-20 Stop using Lumina.eml"))
                    .findFirst().orElseThrow();
            assertEquals(64, order.sha256().length());
            assertNotNull(order.importedAt());
            assertTrue(order.itemId() > 0);
        }
        assertTrue(Jsoup.parse(out.resolve("story.html").toFile(), "UTF-8").select("#provenance tr").size() > 8,
                "the HTML carries the manifest as an appendix");
    }

    @Test
    void aConfidentialSourceIsOnlyItsPseudonymInTheManifest() throws Exception {
        Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
        long source = services.attribution().addConfidentialSource(sample, "Lighthouse", "met twice", "Zhou Lei, finance", reporter);
        Claim claim = services.attribution().claims(sample).get(0);
        long item = claim.evidence().get(0).itemId();
        services.attribution().attach(sample, claim.id(), new NewEvidence(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, item,
                new Span(0, 12), null, source), reporter);
        Path memo = out.resolve("memo.pdf");
        exports.exportMemo(sample, MemoFormat.PDF, true, memo);
        String manifest = Files.readString(out.resolve("memo.pdf.manifest.json"));
        assertTrue(manifest.contains("confidential source “Lighthouse”"));
        assertFalse(manifest.contains("Zhou Lei") || manifest.contains("met twice"));
        assertFalse(manifest.contains(home.toString()), "no path of the reporter's machine");
    }

    @Test
    void verifyExportAcceptsTheSampleAndRejectsAChangedOriginalOrExport() throws Exception {
        Path story = out.resolve("story.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, story);
        Path manifest = out.resolve("story.html.manifest.json");
        ExportCheck check = exports.verify(sample, manifest);
        assertTrue(check.accepted(), check.problems().toString());
        assertEquals(8, check.excerpts());

        Path original = evidence("2023-11-20 Stop using Lumina.eml");
        byte[] before = Files.readAllBytes(original);
        try {
            Files.writeString(original, "\nX-Altered: yes", java.nio.file.StandardOpenOption.APPEND);
            ExportCheck altered = exports.verify(sample, manifest);
            assertFalse(altered.accepted());
            assertTrue(altered.problems().stream().anyMatch(p -> p.contains("Stop using Lumina.eml") && p.contains("changed")),
                    altered.problems().toString());
        } finally {
            Files.write(original, before);
        }

        Files.writeString(story, Files.readString(story).replace("The internal order to stop", "The internal order to go on"));
        assertEquals(java.util.List.of("story.html: the export was changed after it was made"), exports.verify(sample, manifest).problems());
    }

    @Test
    void aReplyQuotedFromAFileIsInTheManifestAndVerifyExportChecksItsWords() throws Exception {
        Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
        Claim claim = services.attribution().claims(sample).get(0);
        long request = services.rightOfReply().requestComment(sample, "Northgate Cloud", null, Instant.parse("2024-01-15T10:00:00Z"),
                "To Northgate Cloud: …", List.of(claim.id()), reporter);
        String words = "We knew what the traffic was for.";
        services.rightOfReply().recordReplies(sample, List.of(new NewReply(request, claim.id(), Reply.Stance.CONFIRMS, words,
                "Northgate press office", Instant.parse("2024-01-08T08:00:00Z"), "e-mail",
                new ReplySource("northgate-reply.eml", new Sha256("ab".repeat(32)), new Span(120, 153)))), reporter);
        long replyId = services.rightOfReply().replies(sample).stream().filter(r -> r.requestId() == request).findFirst().orElseThrow().id();

        Path memo = out.resolve("memo.html");
        exports.exportMemo(sample, MemoFormat.HTML, true, memo);
        Path manifestFile = out.resolve("memo.html.manifest.json");
        String ref = "claim-" + claim.id() + "-reply-" + replyId;
        assertEquals(List.of(new ProvenanceManifest.QuotedReply(ref, replyId, "northgate-reply.eml", "ab".repeat(32), 120, 153,
                Fingerprint.of(words), false)), ManifestJson.read(manifestFile).replies());
        assertTrue(Jsoup.parse(memo.toFile(), "UTF-8").select("#provenance td").eachText().contains(ref), "the appendix lists it too");
        ExportCheck check = exports.verify(sample, manifestFile);
        assertTrue(check.accepted(), check.problems().toString());
        assertEquals(1, check.replies());

        String manifest = Files.readString(manifestFile);
        Files.writeString(manifestFile, manifest.replace(Fingerprint.of(words), Fingerprint.of("We never knew.")));
        assertEquals(List.of(ref + ": the words of reply " + replyId + " are not the words quoted"),
                exports.verify(sample, manifestFile).problems());

        ObjectNode older = (ObjectNode) new ObjectMapper().readTree(manifest);
        older.remove("replies");
        Files.writeString(manifestFile, older.toString());
        ExportCheck beforeReplies = exports.verify(sample, manifestFile);
        assertTrue(beforeReplies.accepted() && beforeReplies.replies() == 0, "a manifest made before replies were listed still reads");

        long redaction = exports.redactTerm(sample, reporter, "traffic");
        exports.exportMemo(sample, MemoFormat.HTML, true, memo);
        ProvenanceManifest.QuotedReply hidden = ManifestJson.read(manifestFile).replies().get(0);
        assertTrue(hidden.wordsRedacted() && hidden.wordsSha256() == null, hidden.toString());
        assertTrue(exports.verify(sample, manifestFile).accepted());
        exports.unredact(sample, reporter, redaction);
    }

    @Test
    void wordsTheExportHidesGetNoFingerprintThatWouldConfirmAGuess() throws Exception {
        long redaction = exports.redactTerm(sample, new Actor("Mei Lin", Actor.Role.REPORTER), "effective immediately");
        try {
            Path story = out.resolve("story.csv");
            exports.exportTimeline(sample, TimelineFormat.CSV, story);
            assertTrue(Files.readString(story).contains("[redacted]"));
            Path manifestFile = out.resolve("story.csv.manifest.json");
            ProvenanceManifest manifest = ManifestJson.read(manifestFile);
            ProvenanceManifest.Cited order = manifest.excerpts().stream().filter(c -> c.file().equals("2023-11-20 Stop using Lumina.eml"))
                    .findFirst().orElseThrow();
            assertTrue(order.wordsRedacted());
            assertNull(order.excerptSha256(), "a hash of the words would confirm a guess of what was hidden");
            assertNotNull(order.start(), "where the words are is kept");
            assertTrue(manifest.excerpts().stream().anyMatch(c -> !c.wordsRedacted() && c.excerptSha256() != null),
                    "words with nothing hidden keep their fingerprint");
            ExportCheck check = exports.verify(sample, manifestFile);
            assertTrue(check.accepted(), check.problems().toString());
        } finally {
            exports.unredact(sample, new Actor("Mei Lin", Actor.Role.REPORTER), redaction);
        }
    }

    private static Path evidence(String name) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
