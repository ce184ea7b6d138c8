package org.dossier.model;

import java.time.Instant;

/**
 * What a party said to a claim put to it, on the record: its stance, the words, who said them,
 * when and how (e-mail, call, statement); or that it did not answer by the deadline.
 *
 * @param source the file the words were quoted from, or null for words pasted or noted from a call
 */
public record Reply(long id, long requestId, long claimId, Stance stance, String statement, String speaker, Instant receivedAt,
                    String how, ReplySource source, String createdBy, Instant createdAt) {

    /** What the answer does to the claim. */
    public enum Stance {
        CONFIRMS, DENIES, DECLINES, NO_RESPONSE;

        public String label() {
            return switch (this) {
                case CONFIRMS -> "confirms";
                case DENIES -> "denies";
                case DECLINES -> "declines to comment";
                case NO_RESPONSE -> "no response by the deadline";
            };
        }
    }
}
