package org.dossier.model;

import java.util.List;

/**
 * A message as the chat reader shows it.
 *
 * @param replyTo     the heading and start of the message it answers, or null
 * @param attachments the names of its attached files, "(missing)" after those the export left out
 * @param mentions    what extraction found in its text
 * @param quotedFrom  where the earlier mails an e-mail quotes begin in its text, for the reader to fold; -1 for none
 */
public record ChatLine(Item item, String replyTo, List<String> attachments, List<StoredMention> mentions, int quotedFrom) {
    public ChatLine {
        attachments = List.copyOf(attachments);
        mentions = List.copyOf(mentions);
    }

    public ChatLine withQuotedFrom(int offset) {
        return new ChatLine(item, replyTo, attachments, mentions, offset);
    }
}
