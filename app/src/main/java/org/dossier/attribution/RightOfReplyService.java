package org.dossier.attribution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Actor;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.store.ReplyStore;

/**
 * Requests for comment and the replies to them. A request puts claims to a party with a deadline;
 * each answer is recorded against the claim it answers, with its stance; a silence is recorded
 * only once the deadline has passed. Every change is in the audit log.
 */
public final class RightOfReplyService {
    private final Clock clock;
    private final AttributionService board;

    public RightOfReplyService(Clock clock, AttributionService board) {
        this.clock = clock;
        this.board = board;
    }

    /** The letter for a party about some claims, to be edited before it is sent. */
    public String draftLetter(CaseFile caseFile, String party, List<Long> claimIds, Instant deadline) {
        List<Claim> claims = board.claims(caseFile).stream().filter(c -> claimIds.contains(c.id())).toList();
        return RightOfReplyRules.letter(party, claims, deadline, caseFile.timeZone());
    }

    /** Puts claims to a party; the request's id. */
    public long requestComment(CaseFile caseFile, String party, Long partyEntityId, Instant deadline, String letter,
                               List<Long> claimIds, Actor actor) {
        if (party == null || party.isBlank()) {
            throw new AttributionException("Say whom the claims are put to.");
        }
        if (claimIds.isEmpty()) {
            throw new AttributionException("Choose the claims to put to " + party + ".");
        }
        if (!deadline.isAfter(clock.instant())) {
            throw new AttributionException("The deadline must be in the future: give " + party + " time to answer.");
        }
        if (letter == null || letter.isBlank()) {
            throw new AttributionException("The request needs its letter.");
        }
        try (ReplyStore store = ReplyStore.of(caseFile)) {
            return store.request(party.strip(), partyEntityId, deadline, letter.strip(), claimIds, actor, clock.instant());
        }
    }

    /** Records when and how the letter went out (e-mail, by hand, by phone). */
    public void markSent(CaseFile caseFile, long requestId, Instant sentAt, String how, Actor actor) {
        try (ReplyStore store = ReplyStore.of(caseFile)) {
            store.markSent(requestId, sentAt, how, actor, clock.instant());
        }
    }

    /** Records the answers to several claims at once, all of them or, if one is refused, none. */
    public void recordReplies(CaseFile caseFile, List<NewReply> replies, Actor actor) {
        List<CommentRequest> requests = requests(caseFile);
        List<NewReply> checked = replies.stream().map(reply -> checked(reply, requests)).toList();
        if (checked.isEmpty()) {
            throw new AttributionException("Choose what the party said to at least one claim.");
        }
        try (ReplyStore store = ReplyStore.of(caseFile)) {
            store.replies(checked, actor, clock.instant());
        }
    }

    /** The reply as it will be kept, or why it cannot be. */
    private NewReply checked(NewReply reply, List<CommentRequest> requests) {
        CommentRequest request = requests.stream().filter(r -> r.id() == reply.requestId()).findFirst()
                .orElseThrow(() -> new AttributionException("That request for comment is not in the case."));
        if (!request.claimIds().contains(reply.claimId())) {
            throw new AttributionException("That claim was not put to " + request.party() + " in this request.");
        }
        if (reply.stance() == Reply.Stance.NO_RESPONSE && !clock.instant().isAfter(request.deadline())) {
            throw new AttributionException(request.party() + " still has until the deadline to answer.");
        }
        boolean takesSides = reply.stance() == Reply.Stance.CONFIRMS || reply.stance() == Reply.Stance.DENIES;
        if (takesSides && (reply.statement() == null || reply.statement().isBlank())) {
            throw new AttributionException("Record the words of the reply: what " + request.party() + " said.");
        }
        if (reply.how() == null || reply.how().isBlank()) {
            throw new AttributionException("Say how the reply came: e-mail, call, statement.");
        }
        return new NewReply(reply.requestId(), reply.claimId(), reply.stance(), blankToNull(reply.statement()),
                blankToNull(reply.speaker()), reply.receivedAt(), reply.how().strip(), reply.source());
    }

    /** Every reply recorded, oldest first. */
    public List<Reply> replies(CaseFile caseFile) {
        try (ReplyStore store = ReplyStore.of(caseFile)) {
            return store.replies();
        }
    }

    public List<CommentRequest> requests(CaseFile caseFile) {
        try (ReplyStore store = ReplyStore.of(caseFile)) {
            return store.requests();
        }
    }

    /** Where each claim stands with each party it was put to, now. */
    public List<ReplyStatus> statuses(CaseFile caseFile) {
        try (ReplyStore store = ReplyStore.of(caseFile)) {
            return RightOfReplyRules.statuses(store.requests(), store.replies(), clock.instant());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every name a party goes by: as asked, and as the case writes its entity. */
    static List<String> namesOf(CaseFile caseFile, CommentRequest request) {
        if (request.partyEntityId() == null) {
            return List.of(request.party());
        }
        try (ItemReader items = ItemReader.of(caseFile)) {
            return Stream.concat(Stream.of(request.party()), items.namesOf(request.partyEntityId()).stream()).toList();
        }
    }
}
