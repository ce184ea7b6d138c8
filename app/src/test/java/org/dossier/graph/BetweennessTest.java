package org.dossier.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import org.dossier.FedoraList;
import org.dossier.app.Services;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.GraphFilter;
import org.dossier.store.CaseFile;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossier's betweenness against JGraphT's, on a real mailing list's month (fixtures/mail/MANIFEST.txt). */
class BetweennessTest {

    @TempDir
    Path dir;

    @Test
    void theScoresAreJGraphTsAndASampleFindsTheSameHub() throws Exception {
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = FedoraList.imported(services, dir)) {
            CommunicationGraph graph = services.graph().graph(caseFile, GraphFilter.NONE);

            Graph<String, DefaultEdge> contacts = new SimpleGraph<>(DefaultEdge.class);
            graph.people().forEach(person -> contacts.addVertex(person.key()));
            for (Link link : graph.links()) {
                if (!contacts.containsEdge(link.from(), link.to())) {
                    contacts.addEdge(link.from(), link.to());
                }
            }
            Map<String, Double> expected = new BetweennessCentrality<>(contacts, true).getScores();
            Map<String, Double> ours = Betweenness.of(graph);
            // JGraphT divides an undirected graph's scores by (n-1)(n-2), Dossier by the (n-1)(n-2)/2 pairs of others.
            expected.forEach((person, score) -> assertEquals(2 * score, ours.get(person), 1e-12, person));

            Map<String, Double> sampled = Betweenness.of(graph, 1);
            assertEquals(top(expected), top(sampled), "fifty people sampled find the list at the centre");
        }
    }

    private static String top(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow().getKey();
    }
}
