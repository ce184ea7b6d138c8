package org.dossier.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.model.TimelineWindow;
import org.dossier.store.AnnotationStore;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;
import org.dossier.store.StoryStore;
import org.dossier.store.TimelineReader;

/**
 * The case's timeline: every dated fact in time order, each pointing back to its item and, for a
 * date found in text, its span; and the story timeline the reporter pins from it. Read from the
 * case as it is, so a re-extraction or an import shows at once (decision 0011).
 */
public final class TimelineService {

    /** Hands the events of the query to {@code sink}, earliest first, streaming. */
    public void forEach(CaseFile caseFile, TimelineQuery query, Consumer<TimelineEvent> sink) {
        try (TimelineReader reader = TimelineReader.of(caseFile)) {
            reader.forEach(query, sink);
        }
    }

    public List<TimelineEvent> events(CaseFile caseFile, TimelineQuery query) {
        try (TimelineReader reader = TimelineReader.of(caseFile)) {
            return reader.events(query);
        }
    }

    /** Counts of the messages and e-mails that pass the query's filter in equal slices of its window, for drawing density. */
    public long[] density(CaseFile caseFile, TimelineQuery query, int buckets) {
        try (TimelineReader reader = TimelineReader.of(caseFile)) {
            return reader.density(query.from(), query.to(), buckets, query.filter());
        }
    }

    /**
     * What a view draws: the events of its window and a margin each side when there are at most the
     * view's limit, else the density of {@code buckets} slices of the view. One read, one listing of
     * the filter's items.
     */
    public TimelineWindow window(CaseFile caseFile, TimelineQuery view, java.time.Duration margin, int buckets) {
        try (TimelineReader reader = TimelineReader.of(caseFile)) {
            return reader.window(view, margin, buckets);
        }
    }

    /** The first and last moments of the case, or null when it holds nothing dated. */
    public Instant[] span(CaseFile caseFile) {
        try (TimelineReader reader = TimelineReader.of(caseFile)) {
            return reader.span();
        }
    }

    /** Adds an event by hand on a day (in the case's zone), the whole day long. */
    public long addOnDay(CaseFile caseFile, LocalDate day, String title, String by) {
        ZoneId zone = caseFile.timeZone();
        try (StoryStore story = StoryStore.of(caseFile)) {
            return story.addManual(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1),
                    TimelineEvent.EventPrecision.DAY, title, by);
        }
    }

    /** Pins an event into the story timeline with a headline, a note and media; its id in the story. */
    public long pin(CaseFile caseFile, TimelineEvent event, StoryText text, String by) {
        try (StoryStore story = StoryStore.of(caseFile)) {
            return story.pin(event, text, by);
        }
    }

    public void edit(CaseFile caseFile, long storyId, StoryText text) {
        try (StoryStore story = StoryStore.of(caseFile)) {
            story.edit(storyId, text);
        }
    }

    public void unpin(CaseFile caseFile, long storyId) {
        try (StoryStore story = StoryStore.of(caseFile)) {
            story.unpin(storyId);
        }
    }

    /** Begins a chapter at a pinned event (or renames it); a blank title removes the chapter that begins there. */
    public void setChapter(CaseFile caseFile, long storyId, String title) {
        try (StoryStore story = StoryStore.of(caseFile)) {
            if (title == null || title.isBlank()) {
                story.removeChapter(storyId);
            } else {
                story.beginChapter(storyId, title);
            }
        }
    }

    /** The story timeline, in time order, with its chapters. */
    public List<StoryEvent> pinned(CaseFile caseFile) {
        try (StoryStore story = StoryStore.of(caseFile)) {
            return story.pinned();
        }
    }

    /** The entity a reporter names (by its name or any alias), for filtering. */
    public Optional<Long> entityNamed(CaseFile caseFile, String name) {
        try (EntityStore entities = EntityStore.of(caseFile)) {
            return entities.idOfName(name);
        }
    }

    /** The tags the reporter has used in the case, for filtering. */
    public List<String> tags(CaseFile caseFile) {
        try (AnnotationStore annotations = AnnotationStore.of(caseFile)) {
            return annotations.tagNames();
        }
    }
}
