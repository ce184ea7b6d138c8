package org.dossier.model;

import java.util.List;

/**
 * One search result: the item, a short excerpt around the first match, and the spans of the
 * matched text inside that excerpt (for highlighting in any front end).
 */
public record SearchHit(
        long itemId,
        ItemKind kind,
        String title,
        String author,
        Timestamp occurredAt,
        String conversation,
        String snippet,
        List<Span> highlights,
        Provenance provenance) {

    /** How a hit is named in a list: as its item is (see {@link Item#heading}). */
    public String heading() {
        return Item.heading(conversation, author, title);
    }
}
