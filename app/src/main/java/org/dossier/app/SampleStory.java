package org.dossier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineFilter;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;

/**
 * The story timeline the sample case ships with, pinned after its import as a reporter would pin
 * it, so a new user sees headlines, notes and chapters at work. Each line of
 * {@code sample-story.txt} names its event by words of the event's title or excerpt.
 */
final class SampleStory {
    private static final String RESOURCE = "sample-story.txt";

    private SampleStory() {
    }

    static void pin(CaseFile caseFile, TimelineService timeline) {
        List<TimelineEvent> events = messagesAndDocuments(caseFile, timeline);
        for (String line : lines(RESOURCE)) {
            String[] fields = line.split("\\|", -1);
            TimelineEvent event = eventWith(events, fields[0].strip());
            long pinned = timeline.pin(caseFile, event, new StoryText(fields[1], fields[2], null), "sample");
            if (!fields[3].isBlank()) {
                timeline.setChapter(caseFile, pinned, fields[3]);
            }
        }
    }

    /** The sample's messages and documents on the timeline, which the sample's files name by their words. */
    static List<TimelineEvent> messagesAndDocuments(CaseFile caseFile, TimelineService timeline) {
        return timeline.events(caseFile, new TimelineQuery(null, null,
                TimelineFilter.NONE.withKinds(EnumSet.of(EventKind.MESSAGE, EventKind.DOCUMENT)), Integer.MAX_VALUE));
    }

    /** The first event whose title or excerpt holds the words: the sample's files must name only what the sample has. */
    static TimelineEvent eventWith(List<TimelineEvent> events, String words) {
        return events.stream().filter(e -> e.title().contains(words) || e.excerpt().contains(words)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no event of the sample case holds \"" + words + "\""));
    }

    /** The lines of a bundled sample file, without comments and blank lines. */
    static List<String> lines(String resource) {
        try (InputStream in = SampleStory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("this build of Dossier has no " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
