package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dossier.OnTheSampleCase;
import org.dossier.ingest.CaseOcr;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source memo of the sample's draft: approved claims unless asked, excerpts in context, confidential sources protected. */
class SourceMemoTest extends OnTheSampleCase {
    @TempDir
    Path out;

    @Test
    void onlyApprovedClaimsUnlessAskedAndTheHeaderSaysWhich() throws Exception {
        Path approved = out.resolve("approved.html");
        assertEquals(2, services.exporter().exportMemo(sample, ExportService.MemoFormat.HTML, false, approved));
        Document page = Jsoup.parse(approved.toFile(), "UTF-8");
        assertTrue(page.select("header p").text().startsWith("2 approved claims only."), page.select("header p").text());
        Element claim = page.selectFirst("article");
        assertEquals("Halcyon Dynamics used the Lumina-4 API to generate training data for its own model, Tidewater-7B.",
                claim.selectFirst("h3").text());
        assertEquals("Approved · 2 independent sources", claim.selectFirst(".status").text());
        assertEquals("Phase one relies on the Lumina-4 API", claim.selectFirst("mark").text());
        assertTrue(claim.selectFirst(".excerpt").text().contains("billed through Northgate Cloud"), "the words around it");
        assertTrue(claim.select("cite").first().text().startsWith("tidewater-kickoff-memo.docx"));
        assertTrue(claim.select("ul.reviews").text().contains("Sample editor (editor) approve: Two independent sources"));
        assertTrue(page.select("script, link, [src]").isEmpty(), "self-contained");

        Path all = out.resolve("all.html");
        int claims = services.exporter().exportMemo(sample, ExportService.MemoFormat.HTML, true, all);
        assertEquals(services.attribution().claims(sample).size(), claims);
        assertTrue(Jsoup.parse(all.toFile(), "UTF-8").select("header p").text().contains("unapproved claims are NOT cleared"));
    }

    @Test
    void eachClaimSaysWhomItWasPutToAndWhatTheyAnswered() throws Exception {
        Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
        List<Claim> naming = services.attribution().claims(sample).stream().filter(c -> c.text().startsWith("Lumina suspended")
                || c.text().startsWith("Staff were told")).toList();
        long request = services.rightOfReply().requestComment(sample, "Lumina AI", null, Instant.parse("2024-01-15T09:00:00Z"),
                "To Lumina AI: …", naming.stream().map(Claim::id).toList(), reporter);
        Claim denied = naming.stream().filter(c -> c.text().startsWith("Lumina suspended")).findFirst().orElseThrow();
        services.rightOfReply().recordReplies(sample, List.of(new NewReply(request, denied.id(), Reply.Stance.DENIES,
                "We did not suspend Halcyon's access.", "A Lumina spokesperson", Instant.parse("2024-01-08T08:55:00Z"), "e-mail",
                new ReplySource("lumina-reply.eml", new Sha256("cd".repeat(32)), new Span(40, 76)))), reporter);

        Path memo = out.resolve("replies.html");
        services.exporter().exportMemo(sample, ExportService.MemoFormat.HTML, true, memo);
        Document page = Jsoup.parse(memo.toFile(), "UTF-8");
        Element answered = page.getElementById("claim-" + denied.id()).selectFirst(".replies");
        assertEquals("Lumina AI denies", answered.selectFirst(".reply-state").text());
        assertEquals("We did not suspend Halcyon's access.", answered.selectFirst("q").text());
        assertTrue(answered.selectFirst("cite").text().matches("A Lumina spokesperson, e-mail, 2024-01-08 16:55 CST · lumina-reply.eml"
                + " · sealed [0-9a-f]{12}…"), "the sample hides its confidential source, so no file is fingerprinted in the clear: "
                + answered.selectFirst("cite").text());
        Claim asked = naming.stream().filter(c -> c.id() != denied.id()).findFirst().orElseThrow();
        assertEquals("Lumina AI: asked, reply due 2024-01-15 17:00 CST",
                page.getElementById("claim-" + asked.id()).selectFirst(".replies .reply-state").text());
    }

    @Test
    void anExcerptReadByOcrSaysSoInItsCitation() throws Exception {
        CaseOcr.Readiness readiness = CaseOcr.readiness("eng+chi_sim+chi_tra");
        Assumptions.assumeTrue(readiness.ready(), () -> "OCR tests skipped: " + readiness.problem());
        Path scans = Files.createDirectories(out.resolve("scans"));
        Files.copy(Path.of("src/test/resources/fixtures/documents/testOCR.png"), scans.resolve("scan.png"));
        services.intake().importThenExtract(sample, List.of(scans), ChatOptions.DEFAULT, ImportListener.NONE, (done, of) -> { },
                (done, of) -> { });
        long item = services.search().search(sample, "\"contains some words\"", 5).hits().get(0).itemId();
        Claim unsourced = services.attribution().claims(sample).stream().filter(c -> c.evidence().isEmpty()).findFirst().orElseThrow();
        services.attribution().attach(sample, unsourced.id(), new NewEvidence(EvidenceKind.DOCUMENT, Stance.SUPPORTS, item,
                new Span(10, 29), null, null), new Actor("Mei Lin", Actor.Role.REPORTER));

        Path memo = out.resolve("memo.html");
        services.exporter().exportMemo(sample, ExportService.MemoFormat.HTML, true, memo);
        Element claim = Jsoup.parse(memo.toFile(), "UTF-8").getElementById("claim-" + unsourced.id());
        assertEquals("contains some words", claim.selectFirst("mark").text());
        assertTrue(claim.selectFirst("cite").text().startsWith("scan.png (text read by OCR), "), claim.selectFirst("cite").text());
    }

    @Test
    void aConfidentialSourceIsItsPseudonymAndNothingElse() throws Exception {
        Actor reporter = new Actor("Mei Lin", Actor.Role.REPORTER);
        long source = services.attribution().addConfidentialSource(sample, "Harbour", "met at the café on Line 10", "Zhang Wei, data team",
                DatesShown.MONTH, reporter);
        Claim unsourced = services.attribution().claims(sample).stream().filter(c -> c.evidence().isEmpty()).findFirst().orElseThrow();
        long item = services.attribution().claims(sample).get(0).evidence().get(0).itemId();
        services.attribution().attach(sample, unsourced.id(), new NewEvidence(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, item,
                new Span(0, 10), null, source), reporter);
        Path memo = out.resolve("memo.html");
        services.exporter().exportMemo(sample, ExportService.MemoFormat.HTML, true, memo);
        String bytes = Files.readString(memo, StandardCharsets.UTF_8);
        assertTrue(bytes.contains("confidential source “Harbour”"));
        assertFalse(bytes.contains("Zhang Wei"), "never the identity");
        assertFalse(bytes.contains("Line 10"), "never the private note");
    }
}
