package org.dossier.timeline;

import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;
import org.dossier.store.StoryStore;
import org.dossier.store.TimelineReader;

/**
 * The case's timeline: every dated fact in time order, each pointing back to its item and, for a
 * date found in text, its span. Read from the case as it is, so a re-extraction or an import shows
 * at once (decision 0011).
 */
public final class TimelineService {

    /** Hands the events of the query to {@code sink}, earliest first, streaming. */
    public void forEach(CaseFile caseFile, TimelineQuery query, Consumer<TimelineEvent> sink) {
        try (TimelineReader reader = caseFile.newTimelineReader()) {
            reader.forEach(query, sink);
        }
    }

    public java.util.List<TimelineEvent> events(CaseFile caseFile, TimelineQuery query) {
        try (TimelineReader reader = caseFile.newTimelineReader()) {
            return reader.events(query);
        }
    }

    /** Counts of messages and e-mails in equal slices of a window, for drawing density. */
    public long[] density(CaseFile caseFile, TimelineQuery query, int buckets) {
        try (TimelineReader reader = caseFile.newTimelineReader()) {
            return reader.density(query.from(), query.to(), buckets, query.entityId());
        }
    }

    /** The first and last moments of the case, or null when it holds nothing dated. */
    public java.time.Instant[] span(CaseFile caseFile) {
        try (TimelineReader reader = caseFile.newTimelineReader()) {
            return reader.span();
        }
    }

    /** Adds an event by hand on a day (in the case's zone), the whole day long. */
    public long addOnDay(CaseFile caseFile, java.time.LocalDate day, String title, String by) {
        java.time.ZoneId zone = caseFile.timeZone();
        try (StoryStore story = caseFile.story()) {
            return story.addManual(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1),
                    TimelineEvent.EventPrecision.DAY, title, by);
        }
    }

    /** Pins an event into the story timeline with a headline and a note. */
    public long pin(CaseFile caseFile, TimelineEvent event, String headline, String note, String by) {
        try (StoryStore story = caseFile.story()) {
            return story.pin(event, headline, note, by);
        }
    }

    /** The story timeline, in time order. */
    public java.util.List<StoryStore.Pinned> pinned(CaseFile caseFile) {
        try (StoryStore story = caseFile.story()) {
            return story.pinned();
        }
    }

    /** The entity a reporter names (by its name or any alias), for filtering. */
    public Optional<Long> entityNamed(CaseFile caseFile, String name) {
        try (EntityStore entities = caseFile.entities()) {
            return entities.idOfName(name);
        }
    }
}
