package org.dossier.attribution;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.CommentRequest;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.NewEvidence;
import org.dossier.model.Review;
import org.dossier.model.Span;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import org.dossier.store.ClaimChangedException;
import org.dossier.store.ClaimStore;
import org.dossier.store.ClaimStore.StoredClaim;
import org.dossier.store.ItemReader;
import org.dossier.store.ReplyStore;

/**
 * The attribution board: the draft's claims, the excerpts that source them, their status by the
 * sourcing rules, and the editor's review. Who may do what is decided here: anyone working on the
 * case sources claims and comments; only an editor approves a claim or sends it back, and a claim
 * without a supporting source cannot be approved. Every change is in the case's audit log.
 */
public final class AttributionService {
    private final Clock clock;

    public AttributionService(Clock clock) {
        this.clock = clock;
    }

    /** The claims in the draft's order, each with its status and independent sources. */
    public List<Claim> claims(CaseFile caseFile) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.claims().stream().map(AttributionService::withStatus).toList();
        }
    }

    /** Cuts a draft into claims (a sentence each, under their sections) and adds them after the others; their ids. */
    public List<Long> addDraft(CaseFile caseFile, String draft, Actor actor) {
        List<ClaimStore.DraftClaim> claims = DraftSplitter.split(draft);
        if (claims.isEmpty()) {
            throw new AttributionException("The draft has no sentence to make a claim of.");
        }
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.add(claims, actor, clock.instant());
        }
    }

    /*
     * Each change to a claim comes in two forms: by its id, on the claim as it is now (the command
     * line), and from the claim as a window showed it, refused with StaleClaimException when
     * another change came first (two members of a team case at once): no update is lost.
     */

    public void reword(CaseFile caseFile, long claimId, String text, String section, Actor actor) {
        reword(caseFile, claimId, null, text, section, actor);
    }

    public void reword(CaseFile caseFile, Claim seen, String text, String section, Actor actor) {
        reword(caseFile, seen.id(), seen.version(), text, section, actor);
    }

    private void reword(CaseFile caseFile, long claimId, Integer seen, String text, String section, Actor actor) {
        if (text == null || text.isBlank()) {
            throw new AttributionException("A claim needs words; delete it instead.");
        }
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            store.reword(claimId, seen, text, section, actor, clock.instant());
        } catch (ClaimChangedException e) {
            throw new StaleClaimException(e.getMessage());
        }
    }

    /** Joins a claim with the next one in the draft. */
    public void mergeWithNext(CaseFile caseFile, long claimId, Actor actor) {
        mergeWithNext(caseFile, claimId, null, actor);
    }

    public void mergeWithNext(CaseFile caseFile, Claim seen, Actor actor) {
        mergeWithNext(caseFile, seen.id(), seen.version(), actor);
    }

    private void mergeWithNext(CaseFile caseFile, long claimId, Integer seen, Actor actor) {
        List<Claim> claims = claims(caseFile);
        int at = indexOf(claims, claimId);
        if (at + 1 >= claims.size()) {
            throw new AttributionException("The last claim has no next one to join.");
        }
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            store.merge(claimId, seen, claims.get(at + 1).id(), actor, clock.instant());
        } catch (ClaimChangedException e) {
            throw new StaleClaimException(e.getMessage());
        }
    }

    /** Splits a claim at a character of its text; the id of the second part. */
    public long split(CaseFile caseFile, long claimId, int at, Actor actor) {
        return split(caseFile, claimId, null, at, actor);
    }

    public long split(CaseFile caseFile, Claim seen, int at, Actor actor) {
        return split(caseFile, seen.id(), seen.version(), at, actor);
    }

    private long split(CaseFile caseFile, long claimId, Integer seen, int at, Actor actor) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.split(claimId, seen, at, actor, clock.instant());
        } catch (ClaimChangedException e) {
            throw new StaleClaimException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new AttributionException("Put the cursor between two parts of the claim to split it.");
        }
    }

    public void delete(CaseFile caseFile, long claimId, Actor actor) {
        delete(caseFile, claimId, null, actor);
    }

    public void delete(CaseFile caseFile, Claim seen, Actor actor) {
        delete(caseFile, seen.id(), seen.version(), actor);
    }

    private void delete(CaseFile caseFile, long claimId, Integer seen, Actor actor) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            store.delete(claimId, seen, actor, clock.instant());
        } catch (ClaimChangedException e) {
            throw new StaleClaimException(e.getMessage());
        }
    }

    /** Attaches an excerpt of the evidence to a claim; its id. */
    public long attach(CaseFile caseFile, long claimId, NewEvidence evidence, Actor actor) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.attach(claimId, evidence, actor, clock.instant());
        }
    }

    public void detach(CaseFile caseFile, long evidenceId, Actor actor) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            store.detach(evidenceId, actor, clock.instant());
        }
    }

    public void comment(CaseFile caseFile, long claimId, String text, Actor actor) {
        if (text == null || text.isBlank()) {
            throw new AttributionException("A comment needs words.");
        }
        review(caseFile, claimId, null, Review.Action.COMMENT, text, actor);
    }

    /** An editor approves a claim that has a supporting source and was put to every party it names. */
    public void approve(CaseFile caseFile, long claimId, String note, Actor actor) {
        approve(caseFile, claimId, note, null, actor);
    }

    /**
     * An editor approves a claim that has a supporting source. A claim naming a party of the story
     * that was never asked about it is approved only with the editor's reason to override, which
     * is recorded as its own review and in the audit log.
     */
    public void approve(CaseFile caseFile, long claimId, String note, String override, Actor actor) {
        approve(caseFile, claimId, null, note, override, actor);
    }

    /** Approves the claim as the editor saw it: refused when it changed since. */
    public void approve(CaseFile caseFile, Claim seen, String note, String override, Actor actor) {
        approve(caseFile, seen.id(), seen.version(), note, override, actor);
    }

    private void approve(CaseFile caseFile, long claimId, Integer seen, String note, String override, Actor actor) {
        requireEditor(actor, "approve");
        List<Claim> claims = claims(caseFile);
        Claim claim = claims.get(indexOf(claims, claimId));
        if (claim.independentSources() == 0) {
            throw new AttributionException("A claim with no supporting source cannot be approved: attach its evidence first.");
        }
        List<String> unasked = unaskedParties(caseFile, claim);
        if (!unasked.isEmpty()) {
            if (override == null || override.isBlank()) {
                throw new AttributionException("This claim names " + String.join(", ", unasked) + ", never asked for comment on it: "
                        + "request comment first, or override with your reason.");
            }
            review(caseFile, claimId, null, Review.Action.OVERRIDE, "Approved without asking " + String.join(", ", unasked) + ": "
                    + override.strip(), actor);
        }
        review(caseFile, claimId, seen, Review.Action.APPROVE, note, actor);
    }

    /** The parties asked for comment in this story that the claim names but that were never asked about it. */
    public List<String> unaskedParties(CaseFile caseFile, Claim claim) {
        List<CommentRequest> requests;
        try (ReplyStore replies = ReplyStore.of(caseFile)) {
            requests = replies.requests();
        }
        return RightOfReplyRules.unasked(claim, requests, request -> RightOfReplyService.namesOf(caseFile, request));
    }

    /** An editor sends a claim back to the reporter, with the reason. */
    public void sendBack(CaseFile caseFile, long claimId, String reason, Actor actor) {
        sendBack(caseFile, claimId, null, reason, actor);
    }

    /** Sends the claim back as the editor saw it: refused when it changed since. */
    public void sendBack(CaseFile caseFile, Claim seen, String reason, Actor actor) {
        sendBack(caseFile, seen.id(), seen.version(), reason, actor);
    }

    private void sendBack(CaseFile caseFile, long claimId, Integer seen, String reason, Actor actor) {
        requireEditor(actor, "send back");
        if (reason == null || reason.isBlank()) {
            throw new AttributionException("Say why the claim goes back: the reporter needs the reason.");
        }
        review(caseFile, claimId, seen, Review.Action.SEND_BACK, reason, actor);
    }

    /**
     * Records a confidential source by pseudonym; the real identity may be left out. Exports date
     * the source's excerpts no finer than {@code datesShown}. Its id.
     */
    public long addConfidentialSource(CaseFile caseFile, String pseudonym, String privateNote, String realIdentity,
                                      ConfidentialSource.DatesShown datesShown, Actor actor) {
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new AttributionException("A confidential source needs a pseudonym.");
        }
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.addConfidentialSource(pseudonym, privateNote, realIdentity, datesShown, actor, clock.instant());
        }
    }

    /** Changes how precisely exports date the excerpts of the confidential source with this pseudonym. */
    public void setDatesShown(CaseFile caseFile, String pseudonym, ConfidentialSource.DatesShown datesShown, Actor actor) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            ConfidentialSource source = store.confidentialSources().stream().filter(each -> each.pseudonym().equals(pseudonym.strip()))
                    .findFirst().orElseThrow(() -> new AttributionException("No confidential source is called “" + pseudonym.strip() + "”."));
            store.setDatesShown(source.id(), datesShown, actor, clock.instant());
        }
    }

    public List<ConfidentialSource> confidentialSources(CaseFile caseFile) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.confidentialSources();
        }
    }

    /**
     * The excerpt a reporter means in an item: the span given, or else the sentence of the item's
     * first match of what they searched, or a whole message; empty when the words must be chosen.
     */
    public Optional<ExcerptProposal> proposeExcerpt(CaseFile caseFile, long itemId, Span span, String searched) {
        Item item;
        try (ItemReader items = ItemReader.of(caseFile)) {
            item = items.item(itemId).orElseThrow(() -> new AttributionException("That item is no longer in the case."));
        }
        String text = item.text() == null ? "" : item.text();
        Span chosen = span;
        if (chosen == null && searched != null && !searched.isBlank()) {
            SearchService.Match match = SearchService.firstMatch(text, searched);
            chosen = match.length() == 0 ? null : Excerpts.sentenceAround(text, match.start(), match.length());
        }
        if (chosen == null && item.kind() == ItemKind.MESSAGE) {
            chosen = new Span(0, text.length());
        }
        if (chosen == null || chosen.end() <= chosen.start() || chosen.end() > text.length()) {
            return Optional.empty();
        }
        EvidenceKind kind = item.kind() == ItemKind.MESSAGE ? EvidenceKind.CHAT_MESSAGE : EvidenceKind.DOCUMENT;
        return Optional.of(new ExcerptProposal(itemId, chosen, text.substring(chosen.start(), chosen.end()), kind,
                item.occurredAt() == null ? null : item.occurredAt().instant()));
    }

    /** The words around an excerpt in its item, as the review shows them. */
    public Excerpts.InContext inContext(CaseFile caseFile, long itemId, Span span, int width) {
        try (ItemReader items = ItemReader.of(caseFile)) {
            String text = items.item(itemId).map(Item::text).orElse("");
            return Excerpts.inContext(text == null ? "" : text, span, width);
        }
    }

    /** Every change to claims, evidence and reviews, oldest first. */
    public List<AuditEntry> auditLog(CaseFile caseFile) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            return store.auditLog();
        }
    }

    private void review(CaseFile caseFile, long claimId, Integer seen, Review.Action action, String text, Actor actor) {
        try (ClaimStore store = ClaimStore.of(caseFile)) {
            store.review(claimId, seen, action, text, actor, clock.instant());
        } catch (ClaimChangedException e) {
            throw new StaleClaimException(e.getMessage());
        }
    }

    private static void requireEditor(Actor actor, String what) {
        if (!actor.isEditor()) {
            throw new AttributionException("Only an editor can " + what + " a claim; " + actor.name() + " is working as a reporter.");
        }
    }

    private static int indexOf(List<Claim> claims, long claimId) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id() == claimId) {
                return i;
            }
        }
        throw new AttributionException("That claim is no longer in the case.");
    }

    private static Claim withStatus(StoredClaim stored) {
        boolean approved = "approved".equals(stored.decision());
        ClaimStatus status = SourcingRules.status(stored.evidence(), approved);
        return new Claim(stored.id(), stored.text(), stored.section(), stored.position(), stored.createdBy(), stored.createdAt(),
                stored.evidence(), stored.reviews(), status, SourcingRules.independentSources(stored.evidence()), approved, stored.version());
    }
}
