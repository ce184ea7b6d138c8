package org.dossier.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an e-mail says of its place in a conversation, as its headers gave it at import.
 *
 * @param messageId         its Message-ID, or null
 * @param parents           the Message-IDs it answers: In-Reply-To first, then References (empty when none)
 * @param conversationIndex Outlook's conversation index (hex), whose first 22 bytes name the conversation; or null
 * @param subject           its subject as written, or null
 * @param addresses         its sender's and its recipients' addresses
 * @param sentAt            when it was sent, or null
 */
public record MailHeaders(long itemId, String messageId, List<String> parents, String conversationIndex, String subject,
                          List<MailAddress> addresses, Instant sentAt) {
    public MailHeaders {
        parents = List.copyOf(parents);
        addresses = List.copyOf(addresses);
    }

    /** Who took part, as threading compares mails: every address, and the sender's name in lower case (an Exchange mail may name its sender only so). */
    public Set<String> participants() {
        Set<String> people = new LinkedHashSet<>();
        for (MailAddress address : addresses) {
            people.add(address.address());
            if (address.isSender() && address.name() != null && !address.name().isBlank()) {
                people.add(address.name().strip().toLowerCase(Locale.ROOT));
            }
        }
        return people;
    }
}
