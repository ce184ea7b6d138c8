package org.dossier.model;

import java.time.Instant;
import java.util.List;

/** The reporter's mark on a span of an item's text: tags, a note, or both. */
public record Annotation(long id, long itemId, int start, int end, List<String> tags, String note, String createdBy,
                         Instant createdAt) {
    public Annotation {
        tags = List.copyOf(tags);
    }
}
