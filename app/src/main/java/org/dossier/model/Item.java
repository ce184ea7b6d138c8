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
}
