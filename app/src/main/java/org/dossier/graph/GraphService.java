package org.dossier.graph;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.ingest.mail.CaseMailThreads;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.Item;
import org.dossier.model.TimelineFilter;
import org.dossier.search.QueryTerms;
import org.dossier.store.CaseFile;
import org.dossier.store.CorrespondenceReader;
import org.dossier.store.MailThreadStore;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The communications graph's front door, for the window, the command line and the exports: who
 * wrote to whom for a filter, who connects groups (betweenness, by JGraphT), what two people
 * exchanged, and where to draw each person (JGraphT's Fruchterman–Reingold layout).
 */
public final class GraphService {
    /**
     * Betweenness takes time in proportion to people × links (Brandes); beyond this the graph is
     * drawn and exported without it rather than keep a reporter waiting for minutes.
     */
    static final long CENTRALITY_WORK_LIMIT = 50_000_000L;
    private static final int LAYOUT_ITERATIONS = 300;
    /** The same graph is drawn the same way each time: the layout starts from the same random places. */
    private static final long LAYOUT_SEED = 20231215L;

    /** The filter for these bounds and items, and what a reporter typed as words (parsed as the search parses it). */
    public GraphFilter filter(Instant from, Instant until, TimelineFilter items, String words) {
        return new GraphFilter(from, until, items, words == null ? List.of() : QueryTerms.parse(words));
    }

    /** Who wrote to whom in the messages and e-mails the filter takes, with each one's betweenness when affordable. */
    public CommunicationGraph graph(CaseFile caseFile, GraphFilter filter) {
        recordMailAddresses(caseFile);
        try (CorrespondenceReader reader = CorrespondenceReader.of(caseFile)) {
            return withBetweenness(reader.graph(filter));
        }
    }

    /**
     * Each person's betweenness in the graph as given (after people are hidden or left out, who
     * connects groups changes), over whether two people wrote to each other at all; or the graph
     * as it is when it is too large to compute in reasonable time.
     */
    public CommunicationGraph withBetweenness(CommunicationGraph graph) {
        Graph<String, DefaultEdge> contacts = contacts(graph);
        if ((long) contacts.vertexSet().size() * Math.max(1, contacts.edgeSet().size()) > CENTRALITY_WORK_LIMIT) {
            return graph;
        }
        Map<String, Double> scores = new BetweennessCentrality<>(contacts, true).getScores();
        List<Person> people = graph.people().stream().map(person -> person.withBetweenness(scores.getOrDefault(person.key(), 0.0))).toList();
        return new CommunicationGraph(people, graph.links());
    }

    /** The messages and e-mails the filter takes that a person sent or received, or that went between two people; oldest first. */
    public List<Item> exchanged(CaseFile caseFile, GraphFilter filter, String person, String other, int limit) {
        try (CorrespondenceReader reader = CorrespondenceReader.of(caseFile)) {
            return reader.exchanged(filter, person, other, limit);
        }
    }

    /**
     * Where to draw each person, in a unit square: people who wrote to each other close, groups
     * apart. Computed off the window's thread; the same graph always gets the same places.
     */
    public Map<String, Position> layout(CommunicationGraph graph) {
        Graph<String, DefaultEdge> contacts = contacts(graph);
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(1.0, 1.0));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(LAYOUT_ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(LAYOUT_SEED)).layout(contacts, model);
        Map<String, Position> places = new HashMap<>();
        for (String person : contacts.vertexSet()) {
            Point2D point = model.get(person);
            places.put(person, new Position(point.getX(), point.getY()));
        }
        return places;
    }

    /** A person's place in the unit square. */
    public record Position(double x, double y) {
    }

    /** People, and an edge between two who wrote to each other in either direction. */
    private static Graph<String, DefaultEdge> contacts(CommunicationGraph graph) {
        Graph<String, DefaultEdge> contacts = new SimpleGraph<>(DefaultEdge.class);
        graph.people().forEach(person -> contacts.addVertex(person.key()));
        for (Link link : graph.links()) {
            if (contacts.containsVertex(link.from()) && contacts.containsVertex(link.to()) && !link.from().equals(link.to())) {
                contacts.addEdge(link.from(), link.to());
            }
        }
        return contacts;
    }

    /** A case whose mails were threaded before their addresses were recorded (schema 17) has them recorded once. */
    private static void recordMailAddresses(CaseFile caseFile) {
        boolean missing;
        try (MailThreadStore mails = MailThreadStore.of(caseFile)) {
            missing = mails.addressesMissing();
        }
        if (missing) {
            CaseMailThreads.rebuild(caseFile);
        }
    }
}
