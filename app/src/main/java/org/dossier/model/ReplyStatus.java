package org.dossier.model;

import java.time.Instant;

/**
 * Where a claim stands with one party it was put to.
 *
 * @param reply the latest answer, or null while none came
 */
public record ReplyStatus(long claimId, String party, State state, Instant deadline, Reply reply) {

    /** Asked and waiting, waiting past the deadline, or answered (a recorded silence is an answer). */
    public enum State {
        PENDING, OVERDUE, ANSWERED
    }
}
