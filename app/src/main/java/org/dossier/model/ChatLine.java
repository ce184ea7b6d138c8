package org.dossier.model;

import java.util.List;

/**
 * A message as the chat reader shows it.
 *
 * @param replyTo     the heading and start of the message it answers, or null
 * @param attachments the names of its attached files, "(missing)" after those the export left out
 * @param mentions    what extraction found in its text
 */
public record ChatLine(Item item, String replyTo, List<String> attachments, List<StoredMention> mentions) {
    public ChatLine {
        attachments = List.copyOf(attachments);
        mentions = List.copyOf(mentions);
    }
}
