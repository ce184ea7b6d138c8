package org.dossier.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.dossier.model.ClaimStatus;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.OnRecord;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.Evidence;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** The board's rules: independence, on-record statements, contradictions, approval. */
class SourcingRulesTest {
    private static Evidence excerpt(EvidenceKind kind, Stance stance, String independence) {
        return new Evidence(1, 1, kind, stance, 1, new Span(0, 4), "text", "/dump/a", null, null, independence, "me", Instant.EPOCH);
    }

    private static Evidence onRecord(boolean byPartyConcerned) {
        return new Evidence(1, 1, EvidenceKind.ON_RECORD, Stance.SUPPORTS, 1, new Span(0, 4), "text", "/dump/s.pdf",
                new OnRecord("Jiang Wei", Instant.EPOCH, "The Ledger", byPartyConcerned), null, "speaker:jiang wei", "me", Instant.EPOCH);
    }

    private static ClaimStatus status(Evidence... evidence) {
        return SourcingRules.status(List.of(evidence), false);
    }

    @Test
    void aClaimWithoutSupportIsUnsourcedAndContextIsNoSupport() {
        assertEquals(ClaimStatus.UNSOURCED, status());
        assertEquals(ClaimStatus.UNSOURCED, status(excerpt(EvidenceKind.DOCUMENT, Stance.CONTEXT, "file:1")));
    }

    @Test
    void excerptsOfOneFileOneAuthorOrOnePersonAreOneSource() {
        assertEquals(ClaimStatus.SINGLE_SOURCE, status(excerpt(EvidenceKind.DOCUMENT, Stance.SUPPORTS, "file:1"),
                excerpt(EvidenceKind.PUBLIC_RECORD, Stance.SUPPORTS, "file:1")), "the same original file");
        assertEquals(ClaimStatus.SINGLE_SOURCE, status(excerpt(EvidenceKind.CHAT_MESSAGE, Stance.SUPPORTS, "author:3:U05CHENLI"),
                excerpt(EvidenceKind.CHAT_MESSAGE, Stance.SUPPORTS, "author:3:U05CHENLI")), "the same author in a conversation");
        assertEquals(ClaimStatus.SINGLE_SOURCE, status(excerpt(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, "person:2"),
                excerpt(EvidenceKind.CONFIDENTIAL, Stance.SUPPORTS, "person:2")), "the same human source");
        assertEquals(1, SourcingRules.independentSources(List.of(excerpt(EvidenceKind.DOCUMENT, Stance.SUPPORTS, "file:1"),
                excerpt(EvidenceKind.DOCUMENT, Stance.SUPPORTS, "file:1"))));
    }

    @Test
    void twoIndependentSourcesOrThePartyOnRecordCorroborate() {
        assertEquals(ClaimStatus.CORROBORATED, status(excerpt(EvidenceKind.DOCUMENT, Stance.SUPPORTS, "file:1"),
                excerpt(EvidenceKind.CHAT_MESSAGE, Stance.SUPPORTS, "author:3:U05CHENLI")));
        assertEquals(ClaimStatus.CORROBORATED, status(onRecord(true)), "the party concerned, on the record");
        assertEquals(ClaimStatus.SINGLE_SOURCE, status(onRecord(false)), "someone else on the record is one source");
    }

    @Test
    void oneContradictingSourceDisputesWhateverSupportsIt() {
        assertEquals(ClaimStatus.DISPUTED, status(excerpt(EvidenceKind.DOCUMENT, Stance.SUPPORTS, "file:1"),
                excerpt(EvidenceKind.CHAT_MESSAGE, Stance.SUPPORTS, "author:3:U05CHENLI"), onRecord(true),
                excerpt(EvidenceKind.DOCUMENT, Stance.CONTRADICTS, "file:9")));
    }

    @Test
    void onlyAStandingApprovalMakesAClaimApproved() {
        List<Evidence> one = List.of(excerpt(EvidenceKind.DOCUMENT, Stance.SUPPORTS, "file:1"));
        assertEquals(ClaimStatus.APPROVED, SourcingRules.status(one, true));
        assertEquals(ClaimStatus.SINGLE_SOURCE, SourcingRules.status(one, false));
    }
}
