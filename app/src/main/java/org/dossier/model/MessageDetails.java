package org.dossier.model;

import java.util.List;

/**
 * What a chat message has beyond a document's fields.
 *
 * @param conversationKey the {@link NewConversation#key()} it belongs to
 * @param authorId        the platform's id for the author (a phone number or name where the
 *                        platform has no ids), or null for system events without an actor
 * @param replyToLocator  the locator of the message it answers or the thread it belongs to
 */
public record MessageDetails(String conversationKey, String authorId, String replyToLocator, Timestamp editedAt,
                             List<NewAttachment> attachments) {
    public MessageDetails {
        attachments = List.copyOf(attachments);
    }
}
