package org.dossier.model;

import java.util.List;

/**
 * A message as the chat reader shows it.
 *
 * @param replyTo     the heading and start of the message it answers, or null
 * @param attachments the names of its attached files, "(missing)" after those the export left out
 */
public record ChatLine(Item item, String replyTo, List<String> attachments) {
    public ChatLine {
        attachments = List.copyOf(attachments);
    }
}
