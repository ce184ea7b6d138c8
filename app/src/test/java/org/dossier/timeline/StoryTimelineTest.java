package org.dossier.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.OnTheSampleCase;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story timeline: pins in time order, their text and media, chapters as runs of time. */
class StoryTimelineTest extends OnTheSampleCase {
    @BeforeEach
    void emptyStory() {
        timeline.pinned(sample).forEach(entry -> timeline.unpin(sample, entry.storyId()));
    }

    private TimelineEvent message(String words) {
        return timeline.events(sample, TimelineQuery.all()).stream()
                .filter(e -> e.kind() == EventKind.MESSAGE && e.excerpt().contains(words)).findFirst().orElseThrow();
    }

    private List<String> headlines() {
        return timeline.pinned(sample).stream().map(entry -> entry.text().headline()).toList();
    }

    @Test
    void chaptersAreRunsOfTimeAndNeverReorderTheStory() {
        long kickoff = timeline.pin(sample, message("Batch 7 from the Lumina-4 API"), new StoryText("Kick-off", null, null), "reporter");
        long order = timeline.pin(sample, message("从现在起立即停止调用"), new StoryText("The order to stop", null, null), "reporter");
        long late = timeline.pin(sample, message("账号被封了"), new StoryText("The account is suspended", null, null), "reporter");
        assertEquals(List.of("Kick-off", "The order to stop", "The account is suspended"), headlines(), "time decides");

        timeline.setChapter(sample, order, "The cover-up");
        List<StoryEvent> story = timeline.pinned(sample);
        assertNull(story.get(0).chapter(), "before any chapter");
        assertEquals("The cover-up", story.get(1).chapter());
        assertTrue(story.get(1).beginsChapter());
        assertEquals("The cover-up", story.get(2).chapter(), "a chapter runs until the next begins");
        assertFalse(story.get(2).beginsChapter());

        timeline.setChapter(sample, kickoff, "Building Tidewater");
        timeline.setChapter(sample, order, "Stopping");
        assertEquals(List.of("Building Tidewater", "Stopping", "Stopping"),
                timeline.pinned(sample).stream().map(StoryEvent::chapter).toList(), "renamed, and a chapter before it");
        assertEquals(List.of("Kick-off", "The order to stop", "The account is suspended"), headlines(), "still in time order");

        timeline.setChapter(sample, order, " ");
        assertEquals(List.of("Building Tidewater", "Building Tidewater", "Building Tidewater"),
                timeline.pinned(sample).stream().map(StoryEvent::chapter).toList(), "its events fall into the chapter before");

        timeline.unpin(sample, kickoff);
        assertEquals(List.of("The order to stop", "The account is suspended"), headlines());
        assertTrue(timeline.pinned(sample).stream().allMatch(entry -> entry.chapter() == null), "the chapter went with its first event");
        assertTrue(timeline.events(sample, TimelineQuery.all()).stream().anyMatch(e -> e.excerpt().contains("Batch 7 from the Lumina-4 API")),
                "the message itself is untouched");
        assertEquals(late, timeline.pinned(sample).get(1).storyId());
    }

    @Test
    void whatTheStorySaysCanBeRewrittenAndAnEventIsPinnedOnce() {
        TimelineEvent order = message("从现在起立即停止调用");
        long id = timeline.pin(sample, order, new StoryText("The order", null, null), "reporter");
        assertThrows(StoreException.class, () -> timeline.pin(sample, order, new StoryText("Again", null, null), "reporter"));

        timeline.edit(sample, id, new StoryText("  The order to stop  ", "Chen Li, in #tidewater-data", "https://example.org/order.png"));
        StoryEvent entry = timeline.pinned(sample).get(0);
        assertEquals(new StoryText("The order to stop", "Chen Li, in #tidewater-data", "https://example.org/order.png"), entry.text());
        assertEquals(order.id(), entry.event().id(), "the story knows which timeline event it is");
        assertEquals(order.itemId(), entry.event().itemId());
        assertThrows(IllegalArgumentException.class, () -> new StoryText(" ", null, null), "a headline is needed");
    }

    @Test
    void anEventAddedByHandIsPinnedAsItIsAndStaysWhenUnpinned() {
        timeline.addOnDay(sample, LocalDate.of(2023, 11, 21), "A call (per a source)", "reporter");
        TimelineEvent call = timeline.events(sample, TimelineQuery.all()).stream()
                .filter(e -> e.title().equals("A call (per a source)")).findFirst().orElseThrow();
        long id = timeline.pin(sample, call, new StoryText("The call", null, null), "reporter");
        assertEquals(1, countTitled("A call (per a source)"), "pinned, not copied");
        timeline.unpin(sample, id);
        assertEquals(List.of(), headlines());
        assertEquals(1, countTitled("A call (per a source)"), "still on the timeline");
    }

    private long countTitled(String title) {
        return timeline.events(sample, TimelineQuery.all()).stream().filter(e -> e.title().equals(title)).count();
    }
}
