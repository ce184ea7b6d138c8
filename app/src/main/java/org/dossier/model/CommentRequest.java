package org.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * Claims put to a party before publication ("no surprises"): who, by when, the letter, and when and
 * how it was sent (null until it is).
 *
 * @param partyEntityId the party as an entity of the case, or null for a name the case does not know
 */
public record CommentRequest(long id, String party, Long partyEntityId, Instant deadline, String letter, Instant sentAt,
                             String sentHow, List<Long> claimIds, String createdBy, Instant createdAt) {
    public CommentRequest {
        claimIds = List.copyOf(claimIds);
    }
}
