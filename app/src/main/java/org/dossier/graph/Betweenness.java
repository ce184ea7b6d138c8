package org.dossier.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;

/**
 * Each person's betweenness over who wrote to whom at all (Brandes' algorithm, unweighted and
 * undirected), on arrays: the share of the shortest paths between two others that pass through
 * them, 1 for the centre of a star (normalised by the pairs of others, as NetworkX does; JGraphT
 * divides by twice as many). JGraphT's own keeps a map per person
 * and took 26 s for 500 people with 82,000 links; this takes a fraction of a second. Beyond a
 * budget of work, the dependencies are summed from a sample of people and scaled (Brandes and
 * Pich, 2007), from a fixed seed so the same graph gives the same figures.
 */
final class Betweenness {
    /** Exact while people × contacts stays under this; sampled beyond. */
    static final long EXACT_WORK = 300_000_000L;

    private Betweenness() {
    }

    /** Scores by person key, from 0 to 1. */
    static Map<String, Double> of(CommunicationGraph graph) {
        return of(graph, EXACT_WORK);
    }

    /** With a budget of work of one's own: for the test of the sample. */
    static Map<String, Double> of(CommunicationGraph graph, long exactWork) {
        List<Person> people = graph.people();
        int n = people.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(people.get(i).key(), i);
        }
        int[][] neighbours = neighbours(graph, index, n);
        long contacts = Arrays.stream(neighbours).mapToLong(row -> row.length).sum() / 2;
        int sources = (int) Math.min(n, Math.max(50, exactWork / Math.max(1, contacts)));
        int[] order = sample(n, sources);
        double[] score = new double[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        for (int source : order) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[source] = 0;
            paths[source] = 1;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail) {
                int v = queue[head++];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Back from the farthest: each person passes on to their predecessors a share of what depends on them.
            for (int k = tail - 1; k > 0; k--) {
                int w = queue[k];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                score[w] += dependency[w];
            }
        }
        // Each pair was counted from both ends; scale up a sample; normalise by the pairs that do not include the person.
        double scale = (double) n / order.length / 2;
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < n; i++) {
            scores.put(people.get(i).key(), score[i] * scale / pairs);
        }
        return scores;
    }

    /** Each person's contacts, once each, whichever way they wrote. */
    private static int[][] neighbours(CommunicationGraph graph, Map<String, Integer> index, int n) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] degree = new int[n];
        List<int[]> edges = new java.util.ArrayList<>();
        for (Link link : graph.links()) {
            Integer a = index.get(link.from());
            Integer b = index.get(link.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            long pair = (long) Math.min(a, b) * n + Math.max(a, b);
            if (seen.add(pair)) {
                edges.add(new int[] {a, b});
                degree[a]++;
                degree[b]++;
            }
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        for (int[] edge : edges) {
            neighbours[edge[0]][filled[edge[0]]++] = edge[1];
            neighbours[edge[1]][filled[edge[1]]++] = edge[0];
        }
        return neighbours;
    }

    /** The sources: everyone, or a sample of them drawn the same way each time. */
    private static int[] sample(int n, int size) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (size >= n) {
            return all;
        }
        Random random = new Random(n);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, size);
    }
}
