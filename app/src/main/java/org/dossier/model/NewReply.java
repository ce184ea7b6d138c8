package org.dossier.model;

import java.time.Instant;

/**
 * An answer to be recorded against one claim of a request for comment.
 *
 * @param statement the party's words (required to confirm or deny)
 * @param source    the file the words were quoted from, or null
 */
public record NewReply(long requestId, long claimId, Reply.Stance stance, String statement, String speaker, Instant receivedAt,
                       String how, ReplySource source) {
}
