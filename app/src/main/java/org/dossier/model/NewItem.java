package org.dossier.model;

import java.util.Map;

/**
 * An item as a parser produced it, before it has a row in the case.
 *
 * @param locator       where in its source file the item sits: Tika's embedded id path for
 *                      attachments ("" for the file itself), the message id for chat lines
 * @param parentLocator the locator of the item it is embedded in, or null
 * @param metadata      every metadata value the parser reported, kept verbatim
 * @param message       for chat messages and system events, their chat details; null for documents
 */
public record NewItem(
        ItemKind kind,
        String locator,
        String parentLocator,
        String title,
        String author,
        Timestamp occurredAt,
        Timestamp createdAt,
        Timestamp modifiedAt,
        String mediaType,
        String text,
        boolean textTruncated,
        Map<String, java.util.List<String>> metadata,
        MessageDetails message) {

    public NewItem {
        text = text == null ? "" : text;
        metadata = Map.copyOf(metadata);
    }

    /** A chat message or system event: no parent, no document dates. */
    public static NewItem message(ItemKind kind, String locator, String author, Timestamp sentAt, String text,
                                  Map<String, java.util.List<String>> metadata, MessageDetails details) {
        return new NewItem(kind, locator, null, null, author, sentAt, null, null, null, text, false, metadata, details);
    }
}
