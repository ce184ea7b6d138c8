package org.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * Which messages and e-mails the communications graph counts: those sent in a time range, from
 * items that mention an entity (or were written by it), carry a tag, come from a source, or hold
 * every one of some words.
 *
 * @param from  the first instant counted, or null
 * @param until the instant after the last counted, or null
 * @param items the entity, tag and source the items must have (its kinds are not used)
 * @param words search terms every item must hold, as the search parses them (empty for none)
 */
public record GraphFilter(Instant from, Instant until, TimelineFilter items, List<String> words) {
    public static final GraphFilter NONE = new GraphFilter(null, null, TimelineFilter.NONE, List.of());

    public GraphFilter {
        items = items == null ? TimelineFilter.NONE : items;
        words = List.copyOf(words);
    }

    /** Whether any message is left out. */
    public boolean narrows() {
        return from != null || until != null || items.onItems() || !words.isEmpty();
    }
}
