package org.dossier.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dossier.model.TimelineEvent.EventPrecision;

/**
 * What an annotated timeline export holds, every text already redacted and every citation safe to
 * print: the story's events in time order with their chapters, excerpts and citations, the story's
 * title, the zone, and when the export was made.
 */
record AnnotatedTimeline(String title, ZoneId zone, Instant made, List<Event> events) {
    AnnotatedTimeline {
        events = List.copyOf(events);
    }

    /** "1 event of the story", "12 events of the story": the line under an export's title. */
    String eventsOfTheStory() {
        return events.size() + (events.size() == 1 ? " event" : " events") + " of the story";
    }

    /**
     * One event of the story as the export shows it.
     *
     * @param ref           how the export and its manifest name it, by its place in the export: "event-12"
     * @param precision     how much of its time the export shows (no finer than a confidential source allows)
     * @param dateWithheld  whether the export shows no date for it at all (a confidential source's, when the reporter chose so)
     * @param itemId        the item it comes from, or null when added by hand or cited by seal only
     * @param beginsChapter whether its chapter begins at it
     */
    record Event(String ref, Instant start, Instant end, EventPrecision precision, boolean dateWithheld, String headline, String note, String excerpt,
                 CitationLine citation, Long itemId, String chapter, boolean beginsChapter, Media media) {
    }

    /**
     * What is shown with an event: a link (followed by the reader, never fetched by the export), a
     * picture re-encoded without its metadata, or a file named only; each null when absent.
     */
    record Media(String link, CleanPicture picture, String fileName) {
        static final Media NONE = new Media(null, null, null);
    }
}
