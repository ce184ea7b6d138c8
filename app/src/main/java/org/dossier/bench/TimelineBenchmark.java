package org.dossier.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dossier.extract.EntityService;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineFilter;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;

/**
 * Times the timeline's range queries as a view makes them: a visible window (an hour, a day, a
 * week, a month) at a random place in the case's span, at most as many events as a view draws
 * one by one; and a change of filter on a view of the whole case.
 */
public final class TimelineBenchmark {
    private final TimelineService timeline;
    private final EntityService entities;

    public TimelineBenchmark(TimelineService timeline, EntityService entities) {
        this.entities = entities;
        this.timeline = timeline;
    }

    /** Latencies of one window size. */
    public record Latencies(String window, int queries, double p50, double p95, double max, long events) {
    }

    public List<Latencies> run(CaseFile caseFile, int queriesPerWindow, int limit) {
        List<TimelineEvent> ends = new ArrayList<>(timeline.events(caseFile, new TimelineQuery(null, null, 1)));
        Instant first = ends.isEmpty() ? Instant.EPOCH : ends.get(0).start();
        Instant last = lastMessage(caseFile, first);
        Random random = new Random(42);
        List<Latencies> results = new ArrayList<>();
        for (Duration window : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30))) {
            timeline.events(caseFile, new TimelineQuery(first, first.plus(window), limit)); // warm-up
            double[] millis = new double[queriesPerWindow];
            long events = 0;
            long span = Math.max(1, Duration.between(first, last).toMillis());
            for (int i = 0; i < queriesPerWindow; i++) {
                Instant from = first.plusMillis((long) (random.nextDouble() * span));
                long started = System.nanoTime();
                events += timeline.events(caseFile, new TimelineQuery(from, from.plus(window), limit)).size();
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            java.util.Arrays.sort(millis);
            results.add(new Latencies(label(window), queriesPerWindow, millis[queriesPerWindow / 2],
                    millis[(int) (queriesPerWindow * 0.95)], millis[queriesPerWindow - 1], events / queriesPerWindow));
        }
        return results;
    }

    /** How long a change of filter takes to read, on a view of the whole case. */
    public record FilterChange(String filter, double p50, double max, boolean density) {
    }

    /**
     * Times a change of filter as the timeline view reads it on a window of the whole case (a third
     * of its width each side): its events when there are at most {@code drawn}, else the density
     * of {@code buckets} slices.
     * The filters: none, the most mentioned entity, the author of the first message (an entity by its
     * name), e-mails and documents only, and the file of the first message.
     */
    public List<FilterChange> filterChanges(CaseFile caseFile, int drawn, int buckets, int repeats) {
        Instant first = timeline.events(caseFile, new TimelineQuery(null, null, 1)).stream().findFirst()
                .map(TimelineEvent::start).orElse(Instant.EPOCH);
        Instant last = lastMessage(caseFile, first);
        TimelineEvent firstMessage = timeline.events(caseFile, new TimelineQuery(null, null,
                TimelineFilter.NONE.withKinds(Set.of(EventKind.MESSAGE)), 1)).stream().findFirst().orElse(null);
        Map<String, TimelineFilter> filters = new LinkedHashMap<>();
        filters.put("none (the whole case as first shown)", TimelineFilter.NONE);
        entities.list(caseFile, null, 1).forEach(top -> filters.put("entity " + top.name() + " (most mentioned)",
                TimelineFilter.NONE.withEntity(top.id())));
        if (firstMessage != null && firstMessage.title().contains(" · ")) {
            String author = firstMessage.title().substring(firstMessage.title().indexOf(" · ") + 3);
            timeline.entityNamed(caseFile, author).ifPresent(id -> filters.put("entity " + author + " (an author)",
                    TimelineFilter.NONE.withEntity(id)));
        }
        filters.put("kind: documents only", TimelineFilter.NONE.withKinds(Set.of(EventKind.DOCUMENT)));
        if (firstMessage != null) {
            filters.put("source: " + firstMessage.sourcePath(), TimelineFilter.NONE.withSource(firstMessage.sourcePath()));
        }
        Duration margin = Duration.between(first, last).dividedBy(3);
        List<FilterChange> results = new ArrayList<>();
        for (Map.Entry<String, TimelineFilter> filter : filters.entrySet()) {
            double[] millis = new double[repeats];
            boolean density = false;
            for (int i = 0; i < repeats; i++) {
                long started = System.nanoTime();
                density = timeline.window(caseFile, new TimelineQuery(first, last, filter.getValue(), drawn), margin, buckets).density() != null;
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            java.util.Arrays.sort(millis);
            results.add(new FilterChange(filter.getKey(), millis[repeats / 2], millis[repeats - 1], density));
        }
        return results;
    }

    /** The start of the case's latest event, found by halving the span (the reader reads forwards only). */
    private Instant lastMessage(CaseFile caseFile, Instant first) {
        Instant low = first;
        Instant high = Instant.parse("2100-01-01T00:00:00Z");
        while (Duration.between(low, high).toHours() > 1) {
            Instant middle = low.plus(Duration.between(low, high).dividedBy(2));
            if (timeline.events(caseFile, new TimelineQuery(middle, null, 1)).isEmpty()) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return low;
    }

    private static String label(Duration window) {
        return window.toHours() < 24 ? window.toHours() + " hour" : window.toDays() + (window.toDays() == 1 ? " day" : " days");
    }
}
