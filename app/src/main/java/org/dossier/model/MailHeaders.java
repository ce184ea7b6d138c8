package org.dossier.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an e-mail says of its place in a conversation, as its headers gave it at import.
 *
 * @param messageId         its Message-ID, or null
 * @param parents           the Message-IDs it answers: In-Reply-To first, then References (empty when none)
 * @param conversationIndex Outlook's conversation index (hex), whose first 22 bytes name the conversation; or null
 * @param subject           its subject as written, or null
 * @param participants      the addresses of its sender and recipients, in lower case
 * @param sentAt            when it was sent, or null
 */
public record MailHeaders(long itemId, String messageId, List<String> parents, String conversationIndex, String subject,
                          Set<String> participants, Instant sentAt) {
    public MailHeaders {
        parents = List.copyOf(parents);
        participants = Set.copyOf(participants);
    }
}
