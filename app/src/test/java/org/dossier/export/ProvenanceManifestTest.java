package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.OnTheSampleCase;
import org.dossier.TestEngine;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
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
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
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
    void everyFormatComesWithAManifestOfEachCitedExcerptAllSealedWhileTheSampleHidesItsSource() throws Exception {
        for (TimelineFormat format : TimelineFormat.values()) {
            Path file = out.resolve("story." + format.name().toLowerCase());
            exports.exportTimeline(sample, format, file);
            ProvenanceManifest manifest = ManifestJson.read(out.resolve(file.getFileName() + ".manifest.json"));
            assertEquals(file.getFileName().toString(), manifest.export());
            assertEquals(Fingerprint.of(file), manifest.exportSha256());
            assertFalse(manifest.dossierVersion().isBlank());
            assertEquals(32, manifest.sealSalt().length());
            assertEquals(8, manifest.excerpts().size(), "each pinned event from the evidence");
            assertEquals(IntStream.rangeClosed(1, 8).mapToObj(n -> "event-" + n).toList(),
                    manifest.excerpts().stream().map(ProvenanceManifest.Cited::ref).toList(), "numbered as the export shows them");
            for (ProvenanceManifest.Cited cited : manifest.excerpts()) {
                assertEquals(ProvenanceManifest.Cited.sealed(cited.ref(), cited.file(), cited.seal()), cited,
                        "while anything is hidden, every entry is its seal alone: sealing only some would say which files hold it");
                assertEquals(64, cited.seal().length());
            }
            assertTrue(manifest.excerpts().stream().anyMatch(c -> c.file().equals("tidewater-kickoff-memo.docx")));
            assertTrue(manifest.excerpts().stream().anyMatch(c -> c.file().equals("confidential source “Kestrel”")));
            assertNotNull(manifest.signature());
        }
        assertTrue(Jsoup.parse(out.resolve("story.html").toFile(), "UTF-8").select("#provenance tr").size() > 8,
                "the HTML carries the manifest as an appendix");
    }

    @Test
    void aCaseThatHidesNothingCitesEveryFileByItsHashAndMarkingOneWordSealsThemAll() throws Exception {
        try (CaseFile plain = plainCase()) {
            Path story = out.resolve("story.csv");
            Path manifestFile = out.resolve("story.csv.manifest.json");
            exports.exportTimeline(plain, TimelineFormat.CSV, story);
            ProvenanceManifest open = ManifestJson.read(manifestFile);
            assertEquals(2, open.excerpts().size());
            ProvenanceManifest.Cited budget = cited(manifestFile, "budget.eml");
            assertEquals(64, budget.sha256().length());
            assertNotNull(budget.importedAt());
            assertTrue(budget.itemId() > 0 && budget.excerptSha256() != null, budget.toString());
            assertTrue(Files.readString(story).contains(budget.sha256()), "a case with nothing hidden shows every fingerprint");
            assertTrue(exports.verify(plain, manifestFile).accepted());

            exports.redactTerm(plain, new Actor("Mei Lin", Actor.Role.REPORTER), "Wang Fang"); // in handover.eml only
            exports.exportTimeline(plain, TimelineFormat.CSV, story);
            for (ProvenanceManifest.Cited cited : ManifestJson.read(manifestFile).excerpts()) {
                assertTrue(cited.isSealed() && cited.sha256() == null && cited.itemId() == null && cited.start() == null
                        && cited.excerptSha256() == null, cited.toString());
            }
            assertFalse(Files.readString(story).contains(budget.sha256().substring(0, 12)),
                    "not even the file without the word: which files are sealed would say which hold it");
            ExportCheck check = exports.verify(plain, manifestFile);
            assertTrue(check.accepted(), check.problems().toString());
            assertEquals(2, check.excerpts());
        }
    }

    @Test
    void noTwoExportsShareASealAndAChangedCitationMatchesNothing() throws Exception {
        Path first = out.resolve("first.html");
        Path second = out.resolve("second.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, first);
        exports.exportTimeline(sample, TimelineFormat.HTML, second);
        List<String> seals = ManifestJson.read(out.resolve("first.html.manifest.json")).excerpts().stream().map(ProvenanceManifest.Cited::seal).toList();
        assertTrue(ManifestJson.read(out.resolve("second.html.manifest.json")).excerpts().stream().map(ProvenanceManifest.Cited::seal)
                .noneMatch(seals::contains), "the same excerpt seals differently in each export, so two stories cannot be linked");

        timeline.edit(sample, timeline.pinned(sample).get(0).storyId(), new StoryText("Moved", null, null));
        assertTrue(exports.verify(sample, out.resolve("first.html.manifest.json")).accepted(), "a headline is not evidence");
        List<Long> quotedByClaims = services.attribution().claims(sample).stream().flatMap(claim -> claim.evidence().stream())
                .map(evidence -> evidence.itemId()).toList();
        timeline.unpin(sample, timeline.pinned(sample).stream().filter(pinned -> !quotedByClaims.contains(pinned.event().itemId()))
                .findFirst().orElseThrow().storyId());
        List<String> problems = exports.verify(sample, out.resolve("first.html.manifest.json")).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("the sealed excerpt matches nothing this case cites (its words, its file or its place changed)"),
                problems.get(0));
    }

    @Test
    void aManifestBesideTheWrongExportOrWithTextAfterItIsRefused() throws Exception {
        exports.exportTimeline(sample, TimelineFormat.HTML, out.resolve("story.html"));
        Path forgedPdf = Files.writeString(out.resolve("story.pdf"), "%PDF-1.7 not what the case made");
        Path borrowed = Files.copy(out.resolve("story.html.manifest.json"), out.resolve("story.pdf.manifest.json"));
        ExportCheck check = exports.verifyWithoutCase(borrowed);
        assertEquals("story.html", check.export(), "the check names the file it checked");
        assertEquals(List.of("this manifest is the one for story.html, not for story.pdf"), check.problems());
        assertTrue(Files.exists(forgedPdf));

        Path manifest = out.resolve("story.html.manifest.json");
        Files.writeString(manifest, Files.readString(manifest) + "\n{\"export\": \"other.html\"}");
        assertThrows(ExportException.class, () -> exports.verifyWithoutCase(manifest));
    }

    /** A case of two e-mails, one naming Wang Fang, each pinned to the story; nothing marked, no confidential source. */
    private CaseFile plainCase() throws Exception {
        Path dump = Files.createDirectories(out.resolve("plain-dump"));
        Files.writeString(dump.resolve("handover.eml"), mail("Handover", "2023-08-14T10:02:00+08:00",
                "Wang Fang runs the nightly batches from now on."));
        Files.writeString(dump.resolve("budget.eml"), mail("Budget", "2023-09-01T09:00:00+08:00", "The budget for the quarter is final."));
        CaseFile plain = CaseFile.openOrCreate(out.resolve("plain.dossier"), ZoneId.of("Asia/Shanghai"), services.clock());
        services.intake().importFiles(plain, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
        for (TimelineEvent event : timeline.events(plain, TimelineQuery.all())) {
            if (event.itemId() != null && timeline.pinned(plain).stream().noneMatch(p -> event.itemId().equals(p.event().itemId()))) {
                timeline.pin(plain, event, new StoryText(event.title(), null, null), "reporter");
            }
        }
        return plain;
    }

    private static String mail(String subject, String date, String body) {
        return "From: Desk <desk@example.org>\r\nTo: Team <team@example.org>\r\nSubject: " + subject + "\r\nDate: "
                + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.OffsetDateTime.parse(date))
                + "\r\nMessage-ID: <" + subject + "@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
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
        byte[] appended = (new String(Files.readAllBytes(original), java.nio.charset.StandardCharsets.ISO_8859_1) + "\nX-Altered: yes")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (Undo undo = change(original, appended)) {
            ExportCheck altered = exports.verify(sample, manifest);
            assertFalse(altered.accepted());
            assertTrue(altered.problems().stream().anyMatch(p -> p.contains("Stop using Lumina.eml") && p.contains("changed")),
                    altered.problems().toString());
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
            String ref = "claim-1-reply-1";
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

    private static ProvenanceManifest.Cited cited(Path manifest, String file) throws Exception {
        return ManifestJson.read(manifest).excerpts().stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void aMissingExportOrAMissingOriginalIsAProblemNotAPass() throws Exception {
        Path story = out.resolve("story.html");
        exports.exportTimeline(sample, TimelineFormat.HTML, story);
        Path manifest = out.resolve("story.html.manifest.json");
        Path original = evidence("2023-11-20 Stop using Lumina.eml");
        try (Undo undo = remove(original)) {
            assertTrue(exports.verify(sample, manifest).problems().stream().anyMatch(p -> p.contains("Stop using Lumina.eml: the original is missing")),
                    exports.verify(sample, manifest).problems().toString());
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
                forged.sealSalt(), forged.excerpts(), forged.replies(), null);
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
        byte[] after = Files.readAllBytes(original);
        after[new String(after, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("effective immediately")] = (byte) 'E';
        try (Undo undo = change(original, after)) {
            List<String> problems = exports.verify(sample, out.resolve("story.html.manifest.json")).problems();
            assertTrue(problems.stream().anyMatch(p -> p.contains("Stop using Lumina.eml: the original changed since it was imported")),
                    problems.toString());
        }
    }

    /** Puts an original back as it was. */
    private interface Undo extends AutoCloseable {
        @Override
        void close() throws Exception;
    }

    /**
     * An original changed where the case reads it: the file, with its time as it was; on a team case,
     * the copy the case keeps (the file on disk no longer matters).
     */
    private Undo change(Path original, byte[] changed) throws Exception {
        if (sample.isTeamCase()) {
            String update = "UPDATE original_pieces SET bytes = ? WHERE sha256 = ?";
            byte[] kept = Files.readAllBytes(original);
            keptCopy(update, original, changed);
            return () -> keptCopy(update, original, kept);
        }
        byte[] before = Files.readAllBytes(original);
        var modified = Files.getLastModifiedTime(original);
        Files.write(original, changed);
        Files.setLastModifiedTime(original, modified);
        return () -> {
            Files.write(original, before);
            Files.setLastModifiedTime(original, modified);
        };
    }

    /** An original gone from where the case reads it: the file, and a team case's copy. */
    private Undo remove(Path original) throws Exception {
        if (sample.isTeamCase()) {
            keptCopy("DELETE FROM original_pieces WHERE sha256 = ?; DELETE FROM originals WHERE sha256 = ?", original, null);
        }
        Path aside = Files.move(original, out.resolve("aside.eml"));
        return () -> Files.move(aside, original);
    }

    private void keptCopy(String sql, Path original, byte[] bytes) throws Exception {
        String sha256 = Fingerprint.of(original);
        try (Connection connection = TestEngine.connect(sample); PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            if (bytes != null) {
                statement.setBytes(next++, bytes);
            }
            while (next <= statement.getParameterMetaData().getParameterCount()) {
                statement.setString(next++, sha256);
            }
            statement.executeUpdate();
        }
    }

    private static Path evidence(String name) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
