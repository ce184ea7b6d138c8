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
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.OnTheSampleCase;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.model.Actor;
import org.dossier.model.Claim;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.Sha256;
import org.dossier.model.Span;
import org.dossier.store.CaseFile;
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
            ProvenanceManifest.Cited kickoff = manifest.excerpts().stream().filter(c -> c.file().equals("tidewater-kickoff-memo.docx"))
                    .findFirst().orElseThrow();
            assertEquals(64, kickoff.sha256().length());
            assertNotNull(kickoff.importedAt());
            assertTrue(kickoff.itemId() > 0 && kickoff.start() != null && kickoff.excerptSha256() != null);
            ProvenanceManifest.Cited counsel = manifest.excerpts().stream().filter(c -> c.file().equals("confidential source “Kestrel”"))
                    .findFirst().orElseThrow();
            assertEquals(ProvenanceManifest.Cited.sealed(counsel.ref(), counsel.file(), counsel.seal()), counsel, "nothing but the seal");
            assertEquals(64, counsel.seal().length());
            assertNotNull(manifest.signature());
        }
        assertTrue(Jsoup.parse(out.resolve("story.html").toFile(), "UTF-8").select("#provenance tr").size() > 8,
                "the HTML carries the manifest as an appendix");
    }

    @Test
    void aConfidentialSourceIsOnlyItsPseudonymInTheManifest() throws Exception {
        Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
        long source = services.attribution().addConfidentialSource(sample, "Lighthouse", "met twice", "Zhou Lei, finance", DatesShown.MONTH,
                reporter);
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
        try (CaseFile plain = CaseFile.openOrCreate(out.resolve("plain.dossier"), ZoneId.of("Asia/Shanghai"), services.clock())) {
            Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
            long claim = services.attribution().addDraft(plain, "Northgate knew what the traffic was for.", reporter).get(0);
            String words = "We knew what the traffic was for.";
            long replyId = reply(plain, claim, words);
            Path memo = out.resolve("memo.html");
            exports.exportMemo(plain, MemoFormat.HTML, true, memo);
            Path manifestFile = out.resolve("memo.html.manifest.json");
            String ref = "claim-" + claim + "-reply-" + replyId;
            assertEquals(List.of(new ProvenanceManifest.QuotedReply(ref, replyId, "northgate-reply.eml", "ab".repeat(32), 120, 153,
                    Fingerprint.of(words), null)), ManifestJson.read(manifestFile).replies(), "nothing is hidden: the reply is open");
            assertTrue(Jsoup.parse(memo.toFile(), "UTF-8").select("#provenance td").eachText().contains(ref), "the appendix lists it too");
            ExportCheck check = exports.verify(plain, manifestFile);
            assertTrue(check.accepted(), check.problems().toString());
            assertEquals(1, check.replies());

            String manifest = Files.readString(manifestFile);
            Files.writeString(manifestFile, manifest.replace(Fingerprint.of(words), Fingerprint.of("We never knew.")));
            assertEquals(List.of("the manifest's signature does not match its content: it was changed after it was signed",
                    ref + ": the words of reply " + replyId + " are not the words quoted"), exports.verify(plain, manifestFile).problems());

            exports.redactTerm(plain, reporter, "traffic");
            exports.exportMemo(plain, MemoFormat.HTML, true, memo);
            ProvenanceManifest.QuotedReply hidden = ManifestJson.read(manifestFile).replies().get(0);
            assertTrue(hidden.isSealed() && hidden.wordsSha256() == null && hidden.sha256() == null && hidden.start() == null,
                    hidden.toString());
            assertTrue(exports.verify(plain, manifestFile).accepted());
        }
    }

    private long reply(CaseFile caseFile, long claim, String words) {
        Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
        long request = services.rightOfReply().requestComment(caseFile, "Northgate Cloud", null, Instant.parse("2024-01-15T10:00:00Z"),
                "To Northgate Cloud: …", List.of(claim), reporter);
        services.rightOfReply().recordReplies(caseFile, List.of(new NewReply(request, claim, Reply.Stance.CONFIRMS, words,
                "Northgate press office", Instant.parse("2024-01-08T08:00:00Z"), "e-mail",
                new ReplySource("northgate-reply.eml", new Sha256("ab".repeat(32)), new Span(120, 153)))), reporter);
        return services.rightOfReply().replies(caseFile).stream().filter(r -> r.requestId() == request).findFirst().orElseThrow().id();
    }

    @Test
    void aFileThatHoldsAHiddenWordIsSealedSoNoGuessCanBeConfirmed() throws Exception {
        Path story = out.resolve("story.csv");
        Path manifestFile = out.resolve("story.csv.manifest.json");
        exports.exportTimeline(sample, TimelineFormat.CSV, story);
        String kickoffHash = cited(manifestFile, "tidewater-kickoff-memo.docx").sha256();
        assertTrue(Files.readString(story).contains(kickoffHash), "a file with nothing hidden keeps its fingerprint");

        exports.redactTerm(sample, new Actor("Mei Lin", Actor.Role.REPORTER), "四千万"); // in the memo's text, not in the excerpt cited
        exports.exportTimeline(sample, TimelineFormat.CSV, story);
        ProvenanceManifest.Cited kickoff = cited(manifestFile, "tidewater-kickoff-memo.docx");
        assertTrue(kickoff.isSealed());
        assertNull(kickoff.sha256(), "the hash of a file that holds a hidden word would confirm a guess of it");
        assertNull(kickoff.excerptSha256());
        assertNull(kickoff.start(), "and where the words are, with the words around them, would give its length");
        assertNull(kickoff.itemId());
        assertFalse(Files.readString(story).contains(kickoffHash.substring(0, 12)), "not even its first digits");
        assertFalse(cited(manifestFile, "lumina-statement-2023-12-15.pdf").isSealed(), "a file with nothing hidden keeps its fingerprint");
        ExportCheck check = exports.verify(sample, manifestFile);
        assertTrue(check.accepted(), check.problems().toString());
    }

    private static ProvenanceManifest.Cited cited(Path manifest, String file) throws Exception {
        return ManifestJson.read(manifest).excerpts().stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void aMissingExportOrAMissingOriginalIsAProblemNotAPass() throws Exception {
        Path story = out.resolve("story.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, story);
        Path manifest = out.resolve("story.html.manifest.json");
        Path original = evidence("2023-11-20 Stop using Lumina.eml");
        Path aside = Files.move(original, out.resolve("aside.eml"));
        try {
            assertTrue(exports.verify(sample, manifest).problems().stream().anyMatch(p -> p.contains("Stop using Lumina.eml: the original is missing")),
                    exports.verify(sample, manifest).problems().toString());
        } finally {
            Files.move(aside, original);
        }
        Files.delete(story);
        assertEquals(List.of("story.html: the export is missing (it should be beside its manifest)"), exports.verify(sample, manifest).problems());
        assertFalse(exports.verifyWithoutCase(manifest).accepted());
    }

    @Test
    void aChangedExportWithItsHashRecomputedBreaksTheSignature() throws Exception {
        Path story = out.resolve("story.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, story);
        Path manifest = out.resolve("story.html.manifest.json");
        assertTrue(exports.verifyWithoutCase(manifest).accepted(), "anyone can check an untouched export");

        Files.writeString(story, Files.readString(story).replace("The internal order to stop", "The internal order to go on"));
        ObjectNode forged = (ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        forged.put("export_sha256", Fingerprint.of(story));
        Files.writeString(manifest, forged.toPrettyString());
        String broken = "the manifest's signature does not match its content: it was changed after it was signed";
        assertEquals(List.of(broken), exports.verify(sample, manifest).problems());
        assertEquals(List.of(broken), exports.verifyWithoutCase(manifest).problems());
    }

    @Test
    void aManifestResignedWithAnotherKeyIsNotTheCases() throws Exception {
        Path story = out.resolve("story.csv");
        exports.exportTimeline(sample, TimelineFormat.CSV, story);
        Path manifest = out.resolve("story.csv.manifest.json");
        Files.writeString(story, Files.readString(story) + "\r\n");
        ProvenanceManifest forged = ManifestJson.read(manifest);
        forged = new ProvenanceManifest(forged.dossierVersion(), forged.title(), forged.export(), Fingerprint.of(story), forged.madeAt(),
                forged.excerpts(), forged.replies(), null);
        try (var stream = Files.newOutputStream(manifest)) {
            ManifestJson.write(ManifestJson.signed(forged, java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair()), stream);
        }
        assertTrue(exports.verifyWithoutCase(manifest).accepted(), "without the case, only the published key can tell");
        ExportCheck check = exports.verify(sample, manifest);
        assertEquals(1, check.problems().size(), check.problems().toString());
        assertTrue(check.problems().get(0).endsWith("not with this case's key"), check.problems().get(0));
    }

    @Test
    void aSameSizeChangeOfOneCharacterInAnOriginalIsFound() throws Exception {
        Path story = out.resolve("story.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, story);
        Path original = evidence("2023-11-20 Stop using Lumina.eml");
        byte[] before = Files.readAllBytes(original);
        var modified = Files.getLastModifiedTime(original);
        byte[] after = before.clone();
        int at = new String(before, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("effective immediately");
        after[at] = (byte) 'E';
        try {
            Files.write(original, after);
            Files.setLastModifiedTime(original, modified);
            List<String> problems = exports.verify(sample, out.resolve("story.html.manifest.json")).problems();
            assertTrue(problems.stream().anyMatch(p -> p.contains("Stop using Lumina.eml: the original changed since it was imported")),
                    problems.toString());
        } finally {
            Files.write(original, before);
            Files.setLastModifiedTime(original, modified);
        }
    }

    private static Path evidence(String name) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
