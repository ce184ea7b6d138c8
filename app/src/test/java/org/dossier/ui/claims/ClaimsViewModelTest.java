package org.dossier.ui.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.dossier.OnTheSampleCase;
import org.dossier.model.Actor;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The claims board, without a window: a draft, an excerpt attached, who may approve, and an override asked for. */
class ClaimsViewModelTest extends OnTheSampleCase {
    private final SameThreadWork work = new SameThreadWork();
    private final SimpleObjectProperty<Actor> actor = new SimpleObjectProperty<>(new Actor("Mei Lin", Actor.Role.REPORTER));

    @AfterEach
    void nothingFailedUnseen() {
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void aDraftIsCutIntoClaimsSourcedThenApprovedOnlyByAnEditor() {
        ClaimsViewModel board = new ClaimsViewModel(sample, work, services.attribution(), actor);
        board.reload();
        int before = board.claims().size();
        board.addDraft("# Late\nHalcyon kept every log. Northgate saw the traffic.");
        assertEquals("2 claims added from the draft", board.messageProperty().get());
        assertEquals(before + 2, board.claims().size());
        Claim kept = board.claims().stream().filter(c -> c.text().equals("Halcyon kept every log.")).findFirst().orElseThrow();
        assertEquals("Late", kept.section());

        Claim sourced = board.claims().get(0);
        long item = sourced.evidence().get(0).itemId();
        board.attach(kept.id(), new NewEvidence(EvidenceKind.DOCUMENT, Stance.SUPPORTS, item, sourced.evidence().get(0).span(), null, null));
        assertEquals("Excerpt attached", board.messageProperty().get());
        kept = board.claims().stream().filter(c -> c.text().equals("Halcyon kept every log.")).findFirst().orElseThrow();
        assertEquals(ClaimStatus.SINGLE_SOURCE, kept.status());

        board.approve(kept, "fine");
        assertTrue(board.refusedProperty().get(), "a reporter cannot approve");
        assertTrue(board.messageProperty().get().contains("editor"), board.messageProperty().get());

        actor.set(new Actor("Ed Itor", Actor.Role.EDITOR));
        board.setOverrideAsker((claim, parties) -> Optional.empty());
        board.approve(kept, "fine");
        Claim approved = board.claims().stream().filter(c -> c.text().equals("Halcyon kept every log.")).findFirst().orElseThrow();
        assertEquals(ClaimStatus.APPROVED, approved.status(), board.messageProperty().get());
    }

    @Test
    void aClaimNamingAPartyNeverAskedIsApprovedOnlyWithTheEditorsReason() {
        ClaimsViewModel board = new ClaimsViewModel(sample, work, services.attribution(), new SimpleObjectProperty<>(
                new Actor("Ed Itor", Actor.Role.EDITOR)));
        board.reload();
        Claim sourced = board.claims().stream().filter(c -> c.status() == ClaimStatus.CORROBORATED).findFirst().orElseThrow();
        services.rightOfReply().requestComment(sample, "Lumina AI", services.entities().find(sample, "Lumina AI").orElseThrow(), java.time.Instant.parse("2024-01-15T10:00:00Z"), "To Lumina AI: …",
                List.of(board.claims().stream().filter(c -> c.id() != sourced.id()).findFirst().orElseThrow().id()),
                new Actor("Mei Lin", Actor.Role.REPORTER));
        board.setOverrideAsker((claim, parties) -> Optional.empty());
        board.approve(sourced, null);
        assertEquals(ClaimStatus.CORROBORATED, board.claims().stream().filter(c -> c.id() == sourced.id()).findFirst().orElseThrow().status(),
                "no reason given: not approved");
        board.setOverrideAsker((claim, parties) -> Optional.of("Their statement answers it."));
        board.approve(sourced, null);
        assertEquals(ClaimStatus.APPROVED, board.claims().stream().filter(c -> c.id() == sourced.id()).findFirst().orElseThrow().status());
    }
}
