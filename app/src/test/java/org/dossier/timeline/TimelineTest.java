package org.dossier.timeline;

import org.dossier.store.ItemReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.dossier.OnTheSampleCase;
import org.dossier.model.StoryEvent;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.dossier.model.TimelineFilter;
import org.dossier.model.TimelineQuery;
import org.dossier.model.TimelineWindow;
import org.dossier.store.AnnotationStore;
import org.junit.jupiter.api.Test;

/** The sample case's timeline: its dated facts in order, each with its source. */
class TimelineTest extends OnTheSampleCase {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
        try (var items = ItemReader.of(sample)) {
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
        List<TimelineEvent> window = timeline.events(sample, new TimelineQuery(from, to, Integer.MAX_VALUE));
        assertTrue(window.size() > 10, "the days of the order and the suspension: " + window.size());
        assertTrue(window.stream().allMatch(e -> !e.end().isBefore(from) && e.start().isBefore(to)));

        long marcus = timeline.entityNamed(sample, "Marcus").orElseThrow();
        List<TimelineEvent> his = timeline.events(sample, new TimelineQuery(null, null, TimelineFilter.NONE.withEntity(marcus), Integer.MAX_VALUE));
        assertTrue(!his.isEmpty() && his.size() < timeline.events(sample, TimelineQuery.all()).size());
        assertTrue(his.stream().anyMatch(e -> e.title().startsWith("Marcus Hale · ")), "his chat is there");
        assertEquals(3, timeline.events(sample, new TimelineQuery(null, null, 3)).size(), "the limit holds");
    }

    @Test
    void kindsLeaveOutWhatIsNotChosen() {
        List<TimelineEvent> dates = timeline.events(sample, query(TimelineFilter.NONE.withKinds(Set.of(EventKind.MENTION))));
        assertTrue(dates.size() > 10 && dates.stream().allMatch(e -> e.kind() == EventKind.MENTION), "dates in text only");
        assertEquals(List.of(), timeline.events(sample, query(TimelineFilter.NONE.withKinds(Set.of()))));

        Instant from = Instant.parse("2023-01-01T00:00:00Z");
        Instant to = Instant.parse("2024-01-01T00:00:00Z");
        long messagesAndMail = LongStream.of(timeline.density(sample, new TimelineQuery(from, to, 0), 12)).sum();
        long mailOnly = LongStream.of(timeline.density(sample, new TimelineQuery(from, to,
                TimelineFilter.NONE.withKinds(Set.of(EventKind.DOCUMENT)), 0), 12)).sum();
        assertTrue(0 < mailOnly && mailOnly < messagesAndMail, mailOnly + " of " + messagesAndMail);
    }

    @Test
    void aSourceIsAFileAFolderOrWhatIsInside() {
        String mailFolder = timeline.events(sample, TimelineQuery.all()).stream().map(TimelineEvent::sourcePath)
                .filter(path -> path != null && path.endsWith("Stop using Lumina.eml")).findFirst().orElseThrow()
                .replaceFirst("/[^/]+$", "");
        List<TimelineEvent> mail = timeline.events(sample, query(TimelineFilter.NONE.withSource(mailFolder + "/")));
        assertTrue(mail.size() >= 4, "the four e-mails and their dates: " + mail.size());
        assertTrue(mail.stream().allMatch(e -> e.sourcePath().startsWith(mailFolder + "/")), "only the folder's");

        String one = mailFolder + "/2023-11-20 Stop using Lumina.eml";
        List<TimelineEvent> order = timeline.events(sample, query(TimelineFilter.NONE.withSource(one)));
        assertTrue(!order.isEmpty() && order.size() < mail.size());
        assertTrue(order.stream().allMatch(e -> e.sourcePath().equals(one)));
        assertEquals(List.of(), timeline.events(sample, query(TimelineFilter.NONE.withSource(mailFolder + "/2023"))),
                "a path is a file or a folder, not the start of a name");
    }

    @Test
    void aTagShowsWhatTheReporterMarked() {
        TimelineEvent suspension = timeline.events(sample, TimelineQuery.all()).stream().filter(e -> e.kind() == EventKind.DOCUMENT
                && e.title().startsWith("Your organization's API access has been suspended")).findFirst().orElseThrow();
        try (AnnotationStore annotations = AnnotationStore.of(sample)) {
            annotations.add(suspension.itemId(), 0, 10, List.of("suspension"), null, "reporter", Instant.now());
        }
        List<TimelineEvent> tagged = timeline.events(sample, query(TimelineFilter.NONE.withTag("suspension")));
        assertTrue(tagged.contains(suspension), "the tagged e-mail is there");
        assertTrue(tagged.stream().allMatch(e -> suspension.itemId().equals(e.itemId())), "and only what comes from it");
        assertTrue(timeline.tags(sample).contains("suspension"));
        assertEquals(List.of(), timeline.events(sample, query(TimelineFilter.NONE.withTag("no such tag"))));
    }

    @Test
    void densityCountsTheMessagesAndMailOfEachSliceWhateverTheFilter() {
        Instant from = Instant.parse("2023-08-01T00:00:00Z");
        Instant to = Instant.parse("2023-12-31T00:00:00Z");
        long marcus = timeline.entityNamed(sample, "Marcus").orElseThrow();
        String oneDay = timeline.events(sample, TimelineQuery.all()).stream().filter(e -> e.id().startsWith("message:"))
                .map(TimelineEvent::sourcePath).findFirst().orElseThrow();
        for (TimelineFilter filter : List.of(TimelineFilter.NONE, TimelineFilter.NONE.withEntity(marcus),
                TimelineFilter.NONE.withSource(oneDay))) {
            long[] expected = new long[37];
            timeline.events(sample, new TimelineQuery(from, to, filter, Integer.MAX_VALUE)).stream()
                    .filter(e -> e.id().startsWith("message:") || e.id().startsWith("sent:"))
                    .forEach(e -> expected[(int) ((e.start().toEpochMilli() - from.toEpochMilli()) * 37
                            / (to.toEpochMilli() - from.toEpochMilli()))]++);
            long[] counted = timeline.density(sample, new TimelineQuery(from, to, filter, 0), 37);
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(counted), filter.toString());
            assertTrue(LongStream.of(counted).sum() > 0);
        }
    }

    /** A view draws an entity's events one by one while they fit, and their density once it picks more messages than that. */
    @Test
    void aWindowFilteredByAnEntityIsDrawnAsEventsWhileTheyFitElseAsDensity() {
        Instant from = Instant.parse("2023-08-01T00:00:00Z");
        Instant to = Instant.parse("2023-12-31T00:00:00Z");
        TimelineFilter marcus = TimelineFilter.NONE.withEntity(timeline.entityNamed(sample, "Marcus").orElseThrow());
        List<TimelineEvent> all = timeline.events(sample, new TimelineQuery(from, to, marcus, Integer.MAX_VALUE));
        long messages = all.stream().filter(e -> e.id().startsWith("message:")).count();
        assertTrue(messages >= 3, "Marcus wrote " + messages);

        TimelineWindow fits = timeline.window(sample, new TimelineQuery(from, to, marcus, all.size()), java.time.Duration.ZERO, 12);
        assertEquals(all, fits.events());
        assertEquals(null, fits.density());
        TimelineWindow tooMany = timeline.window(sample, new TimelineQuery(from, to, marcus, (int) messages - 1), java.time.Duration.ZERO, 12);
        assertEquals(List.of(), tooMany.events());
        assertTrue(LongStream.of(tooMany.density()).sum() >= messages);
    }

    private static TimelineQuery query(TimelineFilter filter) {
        return new TimelineQuery(null, null, filter, Integer.MAX_VALUE);
    }

    @Test
    void theSampleShipsAStoryInChaptersEachPinKeepingItsItemAndTime() {
        List<StoryEvent> story = timeline.pinned(sample);
        StoryEvent order = story.stream().filter(e -> e.text().headline().equals("The internal order to stop")).findFirst().orElseThrow();
        assertEquals("The stop and the suspension", order.chapter());
        assertTrue(order.beginsChapter());
        assertEquals("2023-11-20T18:36:09", local(order.event().start()));
        assertTrue(order.event().sourcePath().endsWith("2023-11-20 Stop using Lumina.eml"), order.event().sourcePath());
        assertEquals("Stop calling the Lumina API, keep everything.", order.text().note());
        assertEquals(List.of("Building Tidewater on Lumina", "The stop and the suspension", "On the record"),
                story.stream().filter(StoryEvent::beginsChapter).map(StoryEvent::chapter).toList());
        assertEquals(story.stream().sorted(Comparator.comparing((StoryEvent e) -> e.event().start())).toList(), story, "time order");
        assertTrue(story.stream().allMatch(e -> e.chapter() != null && e.event().itemId() != null));
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
