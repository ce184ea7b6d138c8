package org.dossier.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.dossier.OnTheSampleCase;
import org.dossier.model.Actor;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.Sha256;
import org.dossier.model.Span;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;
import org.junit.jupiter.api.Test;

/**
 * The right of reply on the sample's draft (the services' clock stands at 2024-01-08 09:00 UTC):
 * pending, overdue and answered; the stance kept; and the approval block with its override.
 */
class RightOfReplyTest extends OnTheSampleCase {
    private static final Actor REPORTER = new Actor("Mei Lin", Actor.Role.REPORTER);
    private static final Actor EDITOR = new Actor("Ed Itor", Actor.Role.EDITOR);
    private static final Instant NEXT_WEEK = Instant.parse("2024-01-15T10:00:00Z");
    private final RightOfReplyService reply = services.rightOfReply();

    @Test
    void aClaimPutToAPartyIsPendingThenOverdueOrAnsweredWithItsStance() {
        List<Long> claims = claimsNaming("Lumina").stream().map(Claim::id).limit(2).toList();
        String letter = reply.draftLetter(sample, "Lumina AI", claims, NEXT_WEEK);
        assertTrue(letter.startsWith("To Lumina AI,") && letter.contains("1. ") && letter.contains("2. ")
                && letter.contains("Please reply by Monday 15 January 2024"), letter);
        long request = reply.requestComment(sample, "Lumina AI", null, NEXT_WEEK, letter, claims, REPORTER);
        reply.markSent(sample, request, Instant.parse("2024-01-08T08:30:00Z"), "e-mail to press@lumina-ai.example", REPORTER);
        assertEquals(List.of(ReplyStatus.State.PENDING, ReplyStatus.State.PENDING), states(request));

        AttributionException early = assertThrows(AttributionException.class, () -> reply.recordReplies(sample,
                List.of(new NewReply(request, claims.get(0), Reply.Stance.NO_RESPONSE, null, null, Instant.parse("2024-01-08T09:00:00Z"), "none",
                        null)), REPORTER));
        assertEquals("Lumina AI still has until the deadline to answer.", early.getMessage());
        assertThrows(AttributionException.class, () -> reply.recordReplies(sample, List.of(new NewReply(request, claims.get(0),
                Reply.Stance.DENIES, " ", "Spokesperson", Instant.parse("2024-01-08T09:00:00Z"), "e-mail", null)), REPORTER),
                "a denial needs its words");

        reply.recordReplies(sample, List.of(new NewReply(request, claims.get(0), Reply.Stance.DENIES,
                "We never suspended any customer for that reason.", "Lumina spokesperson", Instant.parse("2024-01-08T08:55:00Z"),
                "e-mail", null)), REPORTER);
        ReplyStatus answered = reply.statuses(sample).stream().filter(s -> s.claimId() == claims.get(0)).findFirst().orElseThrow();
        assertEquals(ReplyStatus.State.ANSWERED, answered.state());
        assertEquals(Reply.Stance.DENIES, answered.reply().stance());
        assertEquals("Lumina spokesperson", answered.reply().speaker());
        assertEquals(ReplyStatus.State.PENDING, states(request).get(1));

        long overdue = services.rightOfReply().requestComment(sample, "Northgate Cloud", null, Instant.parse("2024-01-08T09:00:01Z"),
                "To Northgate Cloud: …", List.of(claimsNaming("Northgate").get(0).id()), REPORTER);
        assertEquals(List.of(ReplyStatus.State.PENDING), states(overdue), "until the deadline");
        assertEquals(List.of(ReplyStatus.State.OVERDUE), RightOfReplyRules.statuses(reply.requests(sample).stream()
                .filter(r -> r.id() == overdue).toList(), List.of(), Instant.parse("2024-01-09T00:00:00Z")).stream()
                .map(ReplyStatus::state).toList(), "after it");
    }

    @Test
    void aReplyQuotedFromAFileKeepsTheFileAndTheWordsOffsetsAndAllAnswersLandTogetherOrNotAtAll() {
        List<Long> claims = claimsNaming("Northgate").stream().map(Claim::id).limit(2).toList();
        long request = reply.requestComment(sample, "Northgate Cloud", null, NEXT_WEEK, "To Northgate Cloud: …", claims, REPORTER);
        ReplySource mail = new ReplySource("northgate-reply.eml", new Sha256("ab".repeat(32)), new Span(120, 171));
        NewReply confirms = new NewReply(request, claims.get(0), Reply.Stance.CONFIRMS, "We knew what the traffic was for.",
                "Northgate press office", Instant.parse("2024-01-08T08:00:00Z"), "e-mail", mail);
        NewReply tooEarly = new NewReply(request, claims.get(claims.size() - 1), Reply.Stance.NO_RESPONSE, null, null,
                Instant.parse("2024-01-08T08:00:00Z"), "none", null);
        assertThrows(AttributionException.class, () -> reply.recordReplies(sample, List.of(confirms, tooEarly), REPORTER));
        assertTrue(reply.replies(sample).stream().noneMatch(r -> r.requestId() == request), "none recorded when one is refused");

        reply.recordReplies(sample, List.of(confirms), REPORTER);
        Reply kept = reply.replies(sample).stream().filter(r -> r.requestId() == request).findFirst().orElseThrow();
        assertEquals(mail, kept.source());
        assertEquals(Reply.Stance.CONFIRMS, kept.stance());
        assertEquals("We knew what the traffic was for.", kept.statement());
    }

    @Test
    void aClaimNamingAPartyNeverAskedIsApprovedOnlyByAnOverrideOnRecord() {
        Claim putToHalcyon = claimsNaming("Halcyon").stream().filter(c -> c.status() == ClaimStatus.CORROBORATED).findFirst().orElseThrow();
        Claim notPut = claimsNaming("Halcyon").stream().filter(c -> c.status() == ClaimStatus.CORROBORATED && c.id() != putToHalcyon.id())
                .findFirst().orElseThrow();
        reply.requestComment(sample, "Halcyon", null, NEXT_WEEK, "To Halcyon: …", List.of(putToHalcyon.id()), REPORTER);

        services.attribution().approve(sample, putToHalcyon.id(), "Asked and sourced.", EDITOR);
        AttributionException blocked = assertThrows(AttributionException.class,
                () -> services.attribution().approve(sample, notPut.id(), "Sourced.", EDITOR));
        assertTrue(blocked.getMessage().startsWith("This claim names Halcyon, never asked for comment on it"), blocked.getMessage());

        services.attribution().approve(sample, notPut.id(), "Sourced.", "Their statement of 2023-12-15 answers it.", EDITOR);
        Claim approved = services.attribution().claims(sample).stream().filter(c -> c.id() == notPut.id()).findFirst().orElseThrow();
        assertEquals(ClaimStatus.APPROVED, approved.status());
        Review override = approved.reviews().stream().filter(r -> r.action() == Review.Action.OVERRIDE).findFirst().orElseThrow();
        assertEquals("Approved without asking Halcyon: Their statement of 2023-12-15 answers it.", override.text());
        assertTrue(services.attribution().auditLog(sample).stream().anyMatch(e -> e.table().equals("reviews")
                && e.after() != null && e.after().contains("\"override\"")), "the override is in the audit log");
    }

    private List<Claim> claimsNaming(String party) {
        return services.attribution().claims(sample).stream().filter(c -> c.text().contains(party)).toList();
    }

    private List<ReplyStatus.State> states(long request) {
        List<Long> claims = reply.requests(sample).stream().filter(r -> r.id() == request).findFirst().orElseThrow().claimIds();
        return reply.statuses(sample).stream().filter(s -> claims.contains(s.claimId()) && reply.requests(sample).stream()
                .anyMatch(r -> r.id() == request && r.party().equals(s.party()))).map(ReplyStatus::state).toList();
    }
}
