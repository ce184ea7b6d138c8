package org.dossier.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.dossier.app.Services;
import org.dossier.extract.CaseKnowledge;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.SampleCase;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample case's timeline: its dated facts in order, each with its source. */
class TimelineTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    @TempDir
    static Path home;
    static Services services;
    static CaseFile sample;
    private final TimelineService timeline = new TimelineService();

    @BeforeAll
    static void openSample() {
        services = Services.create(home, Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
        sample = new SampleCase(home, services.importer(), services.clock(), CaseKnowledge.sample().watchList()).open(ImportListener.NONE);
    }

    @AfterAll
    static void close() {
        sample.close();
        services.close();
    }

    private static TimelineEvent find(List<TimelineEvent> events, String title, String excerptPart) {
        return events.stream().filter(e -> e.title().equals(title) && e.excerpt().contains(excerptPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + title + " with " + excerptPart));
    }

    private static String local(Instant instant) {
        return instant.atZone(SHANGHAI).toLocalDateTime().toString();
    }

    @Test
    void theSamplesDatedFactsComeInTimeOrderEachWithItsSource() {
        List<TimelineEvent> events = timeline.events(sample, TimelineQuery.all());
        assertEquals(events.stream().sorted(Comparator.comparing(TimelineEvent::start)).toList(), events, "time order");

        TimelineEvent order = find(events, "tidewater-data · 陈立 Chen Li", "从现在起立即停止调用 Lumina API");
        assertEquals(EventKind.MESSAGE, order.kind());
        assertEquals("2023-11-20T18:40:03", local(order.start()));
        assertTrue(order.sourcePath().endsWith("tidewater-data/2023-11-20.json"), order.sourcePath());

        TimelineEvent suspension = events.stream().filter(e -> e.kind() == EventKind.DOCUMENT
                && e.title().startsWith("Your organization's API access has been suspended")).findFirst().orElseThrow();
        assertEquals("2023-11-22T08:48", local(suspension.start()).substring(0, 16));
        assertTrue(events.indexOf(order) < events.indexOf(suspension), "the order comes two days before the suspension");

        TimelineEvent stated = find(events, "“November 20, 2023” in 海辰动力声明 / Halcyon Dynamics statement", "Since November 20, 2023");
        assertEquals(EventPrecision.DAY, stated.precision());
        assertEquals("2023-11-20T00:00", local(stated.start()));
        try (var items = sample.newItemReader()) {
            String itemText = items.item(stated.itemId()).orElseThrow().text();
            assertEquals("November 20, 2023", itemText.substring(stated.span().start(), stated.span().end()), "the span points into the item");
        }

        TimelineEvent october = events.stream().filter(e -> e.title().startsWith("“十月” in 十月 API 用量")).findFirst().orElseThrow();
        assertEquals(EventPrecision.MONTH, october.precision());
        assertEquals("2023-10-01T00:00", local(october.start()));
        assertEquals("2023-10-31T23:59:59.999", local(october.end()), "a month is drawn as the whole month");
    }

    @Test
    void aWindowAndAnEntityNarrowTheTimeline() {
        Instant from = Instant.parse("2023-11-20T00:00:00+08:00");
        Instant to = Instant.parse("2023-11-23T00:00:00+08:00");
        List<TimelineEvent> window = timeline.events(sample, new TimelineQuery(from, to, null, Integer.MAX_VALUE));
        assertTrue(window.size() > 10, "the days of the order and the suspension: " + window.size());
        assertTrue(window.stream().allMatch(e -> !e.end().isBefore(from) && e.start().isBefore(to)));

        long marcus = timeline.entityNamed(sample, "Marcus").orElseThrow();
        List<TimelineEvent> his = timeline.events(sample, new TimelineQuery(null, null, marcus, Integer.MAX_VALUE));
        assertTrue(!his.isEmpty() && his.size() < timeline.events(sample, TimelineQuery.all()).size());
        assertTrue(his.stream().anyMatch(e -> e.title().startsWith("Marcus Hale · ")), "his chat is there");
        assertEquals(3, timeline.events(sample, new TimelineQuery(null, null, null, 3)).size(), "the limit holds");
    }

    @Test
    void aPinnedEventKeepsItsItemTimeHeadlineAndNote() {
        TimelineEvent order = timeline.events(sample, TimelineQuery.all()).stream()
                .filter(e -> e.kind() == EventKind.MESSAGE && e.excerpt().contains("从现在起立即停止调用")).findFirst().orElseThrow();
        timeline.pin(sample, order, "The order to stop", "Chen Li, in #tidewater-data", "reporter");
        var story = timeline.pinned(sample);
        assertEquals(1, story.size());
        assertEquals("The order to stop", story.get(0).headline());
        assertEquals("Chen Li, in #tidewater-data", story.get(0).event().excerpt());
        assertEquals(order.itemId(), story.get(0).event().itemId());
        assertEquals(order.start(), story.get(0).event().start());
        assertTrue(story.get(0).event().sourcePath().endsWith("2023-11-20.json"));
    }

    @Test
    void anEventAddedByHandIsOnTheTimelineAtItsDay() {
        timeline.addOnDay(sample, java.time.LocalDate.of(2023, 11, 21), "Call between Marcus Hale and Chen Li (per a source)", "reporter");
        TimelineEvent call = timeline.events(sample, TimelineQuery.all()).stream()
                .filter(e -> e.kind() == EventKind.MANUAL).findFirst().orElseThrow();
        assertEquals("Call between Marcus Hale and Chen Li (per a source)", call.title());
        assertEquals("2023-11-21T00:00", local(call.start()));
        assertEquals(EventPrecision.DAY, call.precision());
    }
}
