package org.dossier.model;

/** An item as stored in the case, with where it came from. */
public record Item(
        long id,
        ItemKind kind,
        String title,
        String author,
        Timestamp occurredAt,
        String mediaType,
        String text,
        String conversation,
        Provenance provenance) {

    /** How an item is named in a list or a reader: a message by its conversation and author, a document by its title. */
    public static String heading(String conversation, String author, String title) {
        if (conversation != null) {
            return conversation + " · " + (author == null ? "(system)" : author);
        }
        return title == null ? "(untitled)" : title;
    }

    public String heading() {
        return heading(conversation, author, title);
    }
}
