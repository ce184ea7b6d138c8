package org.dossier.model;

import java.time.Instant;

/**
 * A dated fact on the timeline, pointing back to where it comes from.
 *
 * @param id        stable across reads: "message:12", "created:40", "modified:40", "sent:40", "mention:7", "manual:3"
 * @param start     when it begins; for a date of month precision, the month's first moment in the case's zone
 * @param end       when it ends (the same as start for a moment; the month's end for a month)
 * @param excerpt   the words it comes from: a message's text, a document's title, the sentence around a date
 * @param span      where in the item's text the excerpt's fact is (a date mention), or null
 */
public record TimelineEvent(String id, Instant start, Instant end, EventPrecision precision, EventKind kind, String title,
                            String excerpt, Long itemId, String sourcePath, Span span) {

    /** How finely an event is placed. */
    public enum EventPrecision {
        SECOND, MINUTE, DAY, MONTH, YEAR
    }

    /** Where an event comes from. */
    public enum EventKind {
        MESSAGE, DOCUMENT, MENTION, MANUAL
    }
}
