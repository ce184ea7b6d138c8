package org.dossier.attribution;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;

/**
 * The rules of the right of reply, as pure functions: where each claim stands with each party it
 * was put to, which parties of the story a claim names without having been asked about it, and the
 * letter that puts claims to a party.
 */
public final class RightOfReplyRules {
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (O)", Locale.ENGLISH);

    private RightOfReplyRules() {
    }

    /** For every claim put to a party: answered (its latest reply), or pending until the deadline, overdue after it. */
    public static List<ReplyStatus> statuses(List<CommentRequest> requests, List<Reply> replies, Instant now) {
        List<ReplyStatus> statuses = new ArrayList<>();
        for (CommentRequest request : requests) {
            for (long claimId : request.claimIds()) {
                Reply latest = replies.stream().filter(r -> r.requestId() == request.id() && r.claimId() == claimId)
                        .max(Comparator.comparing(Reply::receivedAt).thenComparingLong(Reply::id)).orElse(null);
                ReplyStatus.State state = latest != null ? ReplyStatus.State.ANSWERED
                        : now.isAfter(request.deadline()) ? ReplyStatus.State.OVERDUE : ReplyStatus.State.PENDING;
                statuses.add(new ReplyStatus(claimId, request.party(), state, request.deadline(), latest));
            }
        }
        return statuses;
    }

    /**
     * The parties the story has asked for comment that this claim names (by any of their names)
     * but that were never asked about it: an editor approves such a claim only by an override.
     */
    public static List<String> unasked(Claim claim, List<CommentRequest> requests, Function<CommentRequest, List<String>> namesOf) {
        Map<String, List<CommentRequest>> byParty = new LinkedHashMap<>();
        for (CommentRequest request : requests) {
            byParty.computeIfAbsent(request.partyEntityId() != null ? "entity:" + request.partyEntityId()
                    : request.party().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(request);
        }
        String text = claim.text().toLowerCase(Locale.ROOT);
        List<String> unasked = new ArrayList<>();
        for (List<CommentRequest> ofParty : byParty.values()) {
            boolean named = ofParty.stream().flatMap(request -> namesOf.apply(request).stream())
                    .anyMatch(name -> !name.isBlank() && text.contains(name.toLowerCase(Locale.ROOT)));
            boolean asked = ofParty.stream().anyMatch(request -> request.claimIds().contains(claim.id()));
            if (named && !asked) {
                unasked.add(ofParty.get(0).party());
            }
        }
        return unasked;
    }

    /** A plain "no surprises" letter putting the claims to the party, to be edited before it is sent. */
    public static String letter(String party, List<Claim> claims, Instant deadline, ZoneId zone) {
        StringBuilder letter = new StringBuilder("To ").append(party).append(",\n\n")
                .append("We are preparing a report and intend to publish the following. We want to give you the ")
                .append("opportunity to respond to each point before we do.\n\n");
        for (int i = 0; i < claims.size(); i++) {
            letter.append(i + 1).append(". ").append(claims.get(i).text()).append('\n');
        }
        return letter.append("\nPlease reply by ").append(DEADLINE.format(deadline.atZone(zone)))
                .append(". If you do not reply, we will say that you did not respond by that time.\n").toString();
    }
}
