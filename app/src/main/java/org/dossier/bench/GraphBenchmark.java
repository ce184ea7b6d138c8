package org.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.app.HeapSampler;
import org.dossier.graph.GraphService;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.GraphFilter;
import org.dossier.store.CaseFile;

/** How long the communications graph of a whole case takes to read (with betweenness) and to lay out for the window, and the heap it needs. */
public final class GraphBenchmark {
    private final GraphService graphs;

    public GraphBenchmark(GraphService graphs) {
        this.graphs = graphs;
    }

    /**
     * @param readSeconds   each run's reading of the graph with everyone's betweenness
     * @param layoutSeconds each run's layout of the most active people, as the window draws them
     */
    public record Result(int people, int links, List<Double> readSeconds, List<Double> layoutSeconds, long peakHeapBytes) {
        public double medianRead() {
            return median(readSeconds);
        }

        public double medianLayout() {
            return median(layoutSeconds);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }
    }

    public Result run(CaseFile caseFile, int runs, int drawn) {
        graphs.graph(caseFile, GraphFilter.NONE); // a case threaded before schema 17 has its mails' addresses recorded once, untimed
        System.gc();
        List<Double> reads = new ArrayList<>();
        List<Double> layouts = new ArrayList<>();
        CommunicationGraph graph = null;
        try (HeapSampler heap = new HeapSampler()) {
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                graph = graphs.graph(caseFile, GraphFilter.NONE);
                reads.add((System.nanoTime() - started) / 1e9);
                List<String> busiest = graph.people().stream().limit(drawn).map(CommunicationGraph.Person::key).toList();
                CommunicationGraph few = graph.keeping(person -> busiest.contains(person.key()));
                long laying = System.nanoTime();
                graphs.layout(few);
                layouts.add((System.nanoTime() - laying) / 1e9);
            }
            return new Result(graph.people().size(), graph.links().size(), reads, layouts, heap.peakBytes());
        }
    }
}
