package org.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;

/**
 * Search latency as a reporter meets it: the time from a query to its first page of hits with
 * snippets, through the same service the window and the command line use.
 */
public final class SearchBenchmark {
    private static final int PAGE = 20;

    private final SearchService search;

    public SearchBenchmark(SearchService search) {
        this.search = search;
    }

    /** Percentiles of one set of queries, in milliseconds. */
    public record Latencies(String label, int queries, double p50, double p95, double max) {
    }

    public Latencies run(CaseFile caseFile, String label, List<String> queries, int repeats) {
        queries.forEach(query -> search.search(caseFile, query, PAGE)); // warm the page cache and the JIT
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < repeats; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                search.search(caseFile, query, PAGE);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        return new Latencies(label, millis.size(), percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1));
    }

    static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
