package org.dossier.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.attribution.AttributionService;
import org.dossier.model.Actor;
import org.dossier.model.CaseActivity;
import org.dossier.store.CaseFile;
import org.dossier.team.TeamCases;

/**
 * How long a change one member makes to a team case takes to reach another member's window: from
 * the moment a claim is added in one session to the moment the other session hears that the
 * claims changed, through the same front doors the window uses.
 */
public final class LiveChangeBenchmark {
    private final AttributionService board = new AttributionService(Clock.systemUTC());

    /** Percentiles in milliseconds, over {@code changes} changes. */
    public record Latencies(int changes, double p50, double p95, double max) {
    }

    public Latencies run(String teamCase, int changes) throws InterruptedException {
        BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        List<Double> millis = new ArrayList<>();
        try (CaseFile watching = CaseFile.open(teamCase); CaseFile changing = CaseFile.open(teamCase);
             TeamCases.Following following = new TeamCases().follow(watching, (CaseActivity activity) -> {
                 if (activity.changed().contains("claims")) {
                     heard.add(System.nanoTime());
                 }
             })) {
            Actor actor = new TeamCases().member(changing).orElseThrow();
            for (int i = 0; i < changes; i++) {
                heard.clear();
                long start = System.nanoTime();
                board.addDraft(changing, "A claim made to be heard, number " + i + ".", actor);
                Long arrived = heard.poll(10, TimeUnit.SECONDS);
                millis.add(arrived == null ? Double.POSITIVE_INFINITY : (arrived - start) / 1e6);
            }
        }
        Collections.sort(millis);
        return new Latencies(millis.size(), SearchBenchmark.percentile(millis, 50), SearchBenchmark.percentile(millis, 95),
                millis.get(millis.size() - 1));
    }
}
