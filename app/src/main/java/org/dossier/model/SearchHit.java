package org.dossier.model;

import java.util.List;

/**
 * One search result: the item, a short excerpt around the first match, and the spans of the
 * matched text inside that excerpt (for highlighting in any front end).
 *
 * @param copies how many near-copies of one text this hit stands for (1 for a text alone): the
 *               others match too, and are listed by the reader
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
        Provenance provenance,
        int copies) {

    public SearchHit withCopies(int count) {
        return new SearchHit(itemId, kind, title, author, occurredAt, conversation, snippet, highlights, provenance, count);
    }

    /** How a hit is named in a list: as its item is (see {@link Item#heading}). */
    public String heading() {
        return Item.heading(conversation, author, title);
    }
}
