package org.dossier.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;

/**
 * Times the timeline's range queries as a view makes them: a visible window (an hour, a day, a
 * week, a month) at a random place in the case's span, at most as many events as a view draws
 * one by one.
 */
public final class TimelineBenchmark {
    private final TimelineService timeline;

    public TimelineBenchmark(TimelineService timeline) {
        this.timeline = timeline;
    }

    /** Latencies of one window size. */
    public record Latencies(String window, int queries, double p50, double p95, double max, long events) {
    }

    public List<Latencies> run(CaseFile caseFile, int queriesPerWindow, int limit) {
        List<TimelineEvent> ends = new ArrayList<>(timeline.events(caseFile, new TimelineQuery(null, null, null, 1)));
        Instant first = ends.isEmpty() ? Instant.EPOCH : ends.get(0).start();
        Instant last = lastMessage(caseFile, first);
        Random random = new Random(42);
        List<Latencies> results = new ArrayList<>();
        for (Duration window : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30))) {
            timeline.events(caseFile, new TimelineQuery(first, first.plus(window), null, limit)); // warm-up
            double[] millis = new double[queriesPerWindow];
            long events = 0;
            long span = Math.max(1, Duration.between(first, last).toMillis());
            for (int i = 0; i < queriesPerWindow; i++) {
                Instant from = first.plusMillis((long) (random.nextDouble() * span));
                long started = System.nanoTime();
                events += timeline.events(caseFile, new TimelineQuery(from, from.plus(window), null, limit)).size();
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            java.util.Arrays.sort(millis);
            results.add(new Latencies(label(window), queriesPerWindow, millis[queriesPerWindow / 2],
                    millis[(int) (queriesPerWindow * 0.95)], millis[queriesPerWindow - 1], events / queriesPerWindow));
        }
        return results;
    }

    /** The start of the case's latest event, found by halving the span (the reader reads forwards only). */
    private Instant lastMessage(CaseFile caseFile, Instant first) {
        Instant low = first;
        Instant high = Instant.parse("2100-01-01T00:00:00Z");
        while (Duration.between(low, high).toHours() > 1) {
            Instant middle = low.plus(Duration.between(low, high).dividedBy(2));
            if (timeline.events(caseFile, new TimelineQuery(middle, null, null, 1)).isEmpty()) {
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
