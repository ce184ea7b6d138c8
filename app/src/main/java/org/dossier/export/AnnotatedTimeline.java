package org.dossier.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dossier.model.StoryEvent;

/**
 * What an annotated timeline export holds: the story's events in time order (with their chapters,
 * excerpts and citations), the case they come from, its zone, and when the export was made.
 */
public record AnnotatedTimeline(String title, ZoneId zone, Instant made, List<StoryEvent> events) {
    public AnnotatedTimeline {
        events = List.copyOf(events);
    }

    /** "1 event of the story", "12 events of the story": the line under an export's title. */
    public String eventsOfTheStory() {
        return events.size() + (events.size() == 1 ? " event" : " events") + " of the story";
    }
}
