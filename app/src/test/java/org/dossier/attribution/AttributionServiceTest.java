package org.dossier.attribution;

import org.dossier.store.ItemReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.OnTheSampleCase;
import org.dossier.TestEngine;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.OnRecord;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.Review;
import org.dossier.model.Span;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.timeline.TimelineService;
import org.junit.jupiter.api.Test;

/** The board on the sample's evidence: sourcing, the editor's review, and the audit log of every change. */
class AttributionServiceTest extends OnTheSampleCase {
    private static final Actor REPORTER = new Actor("Ana Reporter", Actor.Role.REPORTER);
    private static final Actor EDITOR = new Actor("Ed Itor", Actor.Role.EDITOR);
    private final AttributionService board = new AttributionService(Clock.fixed(Instant.parse("2024-01-09T10:00:00Z"), ZoneOffset.UTC));

    /** The span of some words in the item that the timeline event comes from. */
    private NewEvidence excerpt(TimelineEvent event, String words, EvidenceKind kind, Stance stance, OnRecord said) {
        try (var items = ItemReader.of(sample)) {
            int at = items.item(event.itemId()).orElseThrow().text().indexOf(words);
            assertTrue(at >= 0, words);
            return new NewEvidence(kind, stance, event.itemId(), new Span(at, at + words.length()), said, null);
        }
    }

    private TimelineEvent event(String titleOrExcerpt) {
        return new TimelineService().events(sample, TimelineQuery.all()).stream()
                .filter(e -> e.title().contains(titleOrExcerpt) || e.excerpt().contains(titleOrExcerpt)).findFirst().orElseThrow();
    }

    private List<String> textsFrom(int index) {
        List<Claim> claims = board.claims(sample);
        return claims.subList(index, claims.size()).stream().map(Claim::text).toList();
    }

    private Claim claim(long id) {
        return board.claims(sample).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theSampleShipsADraftInEveryStateOfTheBoard() {
        List<Claim> draft = board.claims(sample).stream().filter(c -> "Sample reporter".equals(c.createdBy())).toList();
        assertEquals(List.of(ClaimStatus.APPROVED, ClaimStatus.SINGLE_SOURCE, ClaimStatus.DISPUTED, ClaimStatus.APPROVED,
                ClaimStatus.CORROBORATED, ClaimStatus.CORROBORATED, ClaimStatus.UNSOURCED), draft.stream().map(Claim::status).toList());
        assertEquals("What Halcyon built", draft.get(0).section());
        assertEquals(List.of("Kestrel", "Kestrel"), draft.get(3).evidence().stream().map(e -> e.confidentialSource()).toList(),
                "a confidential source, quoted from a chat and an e-mail");
        assertEquals("The suspension", draft.get(4).section());
        Claim suspension = draft.get(5);
        assertEquals(Review.Action.SEND_BACK, suspension.reviews().get(0).action());
        assertEquals("Dana Whitfield", suspension.evidence().get(0).onRecord().speaker());
        assertTrue(suspension.evidence().get(0).sourcePath().endsWith("lumina-statement-2023-12-15.pdf"));
    }

    @Test
    void aChangeMadeFromAClaimAsShownIsRefusedWhenAnotherCameFirstSoNoUpdateIsLost() {
        Actor other = new Actor("Bo Reporter", Actor.Role.REPORTER);
        long id = board.addDraft(sample, "Halcyon stopped calling Lumina's API on November 20.", REPORTER).get(0);
        Claim shownToBoth = claim(id);
        board.reword(sample, shownToBoth, "Halcyon stopped calling Lumina's API on 20 November 2023.", null, REPORTER);
        StaleClaimException lost = assertThrows(StaleClaimException.class,
                () -> board.reword(sample, shownToBoth, "Halcyon stopped using Lumina in November.", null, other));
        assertTrue(lost.getMessage().contains("changed by Ana Reporter"), lost.getMessage());
        assertEquals("Halcyon stopped calling Lumina's API on 20 November 2023.", claim(id).text(), "the first change stands");

        Claim shownToTheEditor = claim(id);
        board.attach(sample, id, excerpt(event("Stop using Lumina"), "Stop using Lumina", EvidenceKind.DOCUMENT, Stance.SUPPORTS, null),
                REPORTER);
        assertThrows(StaleClaimException.class, () -> board.approve(sample, shownToTheEditor, null, "asked by phone", EDITOR),
                "an approval of a claim whose evidence changed since the editor read it");
        assertThrows(StaleClaimException.class, () -> board.delete(sample, shownToTheEditor, other));
        board.approve(sample, claim(id), null, "asked by phone", EDITOR);
        assertTrue(claim(id).approved(), "made from the claim as it is, the approval stands");
    }

    @Test
    void aChatAndADocumentCorroborateAClaimAndOnlyAnEditorApprovesIt() {
        long claim = board.addDraft(sample, "Halcyon ordered its team to stop calling Lumina's API on November 20.", REPORTER).get(0);
        assertEquals(ClaimStatus.UNSOURCED, claim(claim).status());

        TimelineEvent order = event("从现在起立即停止调用");
        board.attach(sample, claim, excerpt(order, "从现在起立即停止调用", EvidenceKind.CHAT_MESSAGE, Stance.SUPPORTS, null), REPORTER);
        board.attach(sample, claim, excerpt(order, "Lumina API", EvidenceKind.CHAT_MESSAGE, Stance.SUPPORTS, null), REPORTER);
        assertEquals(ClaimStatus.SINGLE_SOURCE, claim(claim).status(), "two excerpts of one author in one conversation");
        assertEquals(1, claim(claim).independentSources());

        TimelineEvent mail = event("Stop using Lumina outputs, effective immediately (sent)");
        board.attach(sample, claim, excerpt(mail, "Stop using Lumina", EvidenceKind.DOCUMENT, Stance.SUPPORTS, null), REPORTER);
        Claim sourced = claim(claim);
        assertEquals(ClaimStatus.CORROBORATED, sourced.status());
        assertEquals(2, sourced.independentSources());
        assertEquals("Stop using Lumina", sourced.evidence().get(2).excerpt(), "the excerpt is the evidence's own words");
        assertTrue(sourced.evidence().get(2).sourcePath().endsWith("2023-11-20 Stop using Lumina.eml"));

        AttributionException refused = assertThrows(AttributionException.class, () -> board.approve(sample, claim, null, REPORTER));
        assertEquals("Only an editor can approve a claim; Ana Reporter is working as a reporter.", refused.getMessage());
        assertEquals(ClaimStatus.CORROBORATED, claim(claim).status());
        board.approve(sample, claim, "Two sources, checked.", EDITOR);
        assertEquals(ClaimStatus.APPROVED, claim(claim).status());

        board.attach(sample, claim, excerpt(mail, "effective immediately", EvidenceKind.DOCUMENT, Stance.CONTEXT, null), REPORTER);
        assertEquals(ClaimStatus.CORROBORATED, claim(claim).status(), "a change to the evidence withdraws the approval");
        assertFalse(claim(claim).approved());
    }

    @Test
    void thePartyOnRecordCorroboratesAndAContradictionDisputes() {
        long claim = board.addDraft(sample, "Halcyon says it stopped on November 20.", REPORTER).get(0);
        TimelineEvent statement = event("海辰动力声明 / Halcyon Dynamics statement (sent)");
        board.attach(sample, claim, excerpt(statement, "Since November 20, 2023", EvidenceKind.ON_RECORD, Stance.SUPPORTS,
                new OnRecord("Jiang Wei", Instant.parse("2023-12-15T12:00:00Z"), "The Ledger", true)), REPORTER);
        assertEquals(ClaimStatus.CORROBORATED, claim(claim).status());
        assertEquals("Jiang Wei", claim(claim).evidence().get(0).onRecord().speaker());

        TimelineEvent later = event("账号被封了");
        board.attach(sample, claim, excerpt(later, "403", EvidenceKind.CHAT_MESSAGE, Stance.CONTRADICTS, null), REPORTER);
        assertEquals(ClaimStatus.DISPUTED, claim(claim).status());
        assertThrows(AttributionException.class, () -> board.sendBack(sample, claim, " ", EDITOR), "a reason is needed");
        board.sendBack(sample, claim, "The Slack log disagrees: check the dates.", EDITOR);
        assertEquals(ClaimStatus.DISPUTED, claim(claim).status());
        assertEquals("The Slack log disagrees: check the dates.", claim(claim).reviews().get(0).text());
    }

    @Test
    void claimsAreRewordedSplitAndMerged() {
        int before = board.claims(sample).size();
        List<Long> ids = board.addDraft(sample, "# Lead\nOne. Two.", REPORTER);
        board.reword(sample, ids.get(0), "One, reworded", "Lead", REPORTER);
        board.mergeWithNext(sample, ids.get(0), REPORTER);
        assertEquals(List.of("One, reworded Two."), textsFrom(before));
        long second = board.split(sample, ids.get(0), "One, reworded".length(), REPORTER);
        assertEquals(List.of("One, reworded", "Two."), textsFrom(before));
        assertEquals("Lead", claim(second).section());
        assertThrows(AttributionException.class, () -> board.split(sample, second, 0, REPORTER));
    }

    @Test
    void everyChangeIsInTheAuditLogAndNothingRewritesIt() throws SQLException {
        int before = board.auditLog(sample).size();
        long claim = board.addDraft(sample, "Lumina suspended the account on November 22.", REPORTER).get(0);
        TimelineEvent suspension = event("Your organization's API access has been suspended");
        long evidence = board.attach(sample, claim, excerpt(suspension, "suspended", EvidenceKind.DOCUMENT, Stance.SUPPORTS, null),
                REPORTER);
        board.reword(sample, claim, "Lumina suspended Halcyon's organization on November 22.", null, REPORTER);
        board.comment(sample, claim, "Which time zone?", EDITOR);
        board.detach(sample, evidence, REPORTER);
        long source = board.addConfidentialSource(sample, "Harbour", "Met twice", "Zhang San, data team", DatesShown.MONTH, REPORTER);

        List<AuditEntry> log = board.auditLog(sample).subList(before, board.auditLog(sample).size());
        assertEquals(List.of("create claims", "create evidence_links", "update claims", "create reviews", "delete evidence_links",
                "create confidential_sources"), log.stream().map(e -> e.action() + " " + e.table()).toList());
        AuditEntry reworded = log.get(2);
        assertEquals("Ana Reporter", reworded.actor());
        assertEquals(Actor.Role.REPORTER, reworded.role());
        assertTrue(reworded.before().contains("\"text\":\"Lumina suspended the account on November 22.\""), reworded.before());
        assertTrue(reworded.after().contains("Halcyon's organization"), reworded.after());
        assertEquals(Actor.Role.EDITOR, log.get(3).role());
        assertTrue(log.get(4).before().contains("\"excerpt\":\"suspended\"") && log.get(4).after() == null, "the deleted row as it was");
        assertEquals(source, log.get(5).rowId());
        assertFalse(board.auditLog(sample).stream().anyMatch(e -> String.valueOf(e.after()).contains("Zhang San")),
                "a confidential source's identity is never in the log");
        assertFalse(board.auditLog(sample).stream().anyMatch(e -> String.valueOf(e.after()).contains("Met twice")),
                "nor the private note about them");
        assertTrue(log.get(5).after().contains("\"note_recorded\":1"), log.get(5).after());

        try (Connection db = TestEngine.connect(sample)) {
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("UPDATE audit_log SET actor = 'someone else'"));
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("DELETE FROM audit_log"));
        }
        assertEquals("Ana Reporter", board.auditLog(sample).get(before).actor(), "the log is as it was written");
    }
}
