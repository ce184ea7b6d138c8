package org.dossier.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.Item;
import org.dossier.model.TimelineFilter;
import org.dossier.search.QueryTerms;
import org.dossier.store.CaseFile;
import org.dossier.store.CorrespondenceReader;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The communications graph's front door, for the window, the command line and the exports: who
 * wrote to whom for a filter, who connects groups (betweenness), what two people exchanged, and
 * where to draw each person (JGraphT's Fruchterman–Reingold layout).
 */
public final class GraphService {
    private static final int LAYOUT_ITERATIONS = 300;
    /**
     * Fruchterman–Reingold's constant C of the ideal distance between people (JGraphT's default is
     * 0.5): larger keeps a group in which everyone wrote to everyone from settling in a knot.
     */
    private static final double SPREAD = 1.0;
    /** The same graph is drawn the same way each time: the layout starts from the same random places. */
    private static final long LAYOUT_SEED = 20231215L;

    /** The filter for these bounds and items, and what a reporter typed as words (parsed as the search parses it). */
    public GraphFilter filter(Instant from, Instant until, TimelineFilter items, String words) {
        return new GraphFilter(from, until, items, words == null ? List.of() : QueryTerms.parse(words));
    }

    /** Who wrote to whom in the messages and e-mails the filter takes, with each one's betweenness when affordable. */
    public CommunicationGraph graph(CaseFile caseFile, GraphFilter filter) {
        try (CorrespondenceReader reader = CorrespondenceReader.of(caseFile)) {
            return withBetweenness(reader.graph(filter));
        }
    }

    /**
     * Each person's betweenness in the graph as given (after people are hidden or left out, who
     * connects groups changes), over whether two people wrote to each other at all.
     */
    public CommunicationGraph withBetweenness(CommunicationGraph graph) {
        Map<String, Double> scores = Betweenness.of(graph);
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
     * apart. Each group that never wrote to another is laid out alone (Fruchterman–Reingold pushes
     * unconnected groups against the edges and squeezes them there) in a square as large as the
     * group, and the squares are set in rows, largest first. Computed off the window's thread; the
     * same graph always gets the same places.
     */
    public Map<String, Position> layout(CommunicationGraph graph) {
        Graph<String, DefaultEdge> contacts = contacts(graph);
        List<Set<String>> groups = new ArrayList<>(new ConnectivityInspector<>(contacts).connectedSets());
        groups.sort(Comparator.comparingInt((Set<String> group) -> -group.size())
                .thenComparing(group -> group.stream().sorted().findFirst().orElse("")));
        double rowWidth = Math.sqrt(groups.stream().mapToInt(Set::size).sum()) * 1.25;
        Map<String, Position> places = new HashMap<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (Set<String> group : groups) {
            double side = Math.sqrt(group.size());
            if (x > 0 && x + side > rowWidth) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            placeGroup(new AsSubgraph<>(contacts, group), x, y, side, places);
            x += side;
            rowHeight = Math.max(rowHeight, side);
        }
        double width = Math.max(rowWidth, x);
        double height = y + rowHeight;
        double scale = Math.max(width, height);
        places.replaceAll((person, at) -> new Position(at.x() / scale + (1 - width / scale) / 2, at.y() / scale + (1 - height / scale) / 2));
        return places;
    }

    /**
     * Lays one group out in its square, a tenth of the side in from each edge, stretched to fill it
     * (the layout of a group whose members all wrote to each other settles in a tight knot).
     */
    private static void placeGroup(Graph<String, DefaultEdge> group, double left, double top, double side, Map<String, Position> places) {
        double inner = side * 0.8;
        if (group.vertexSet().size() == 1) {
            group.vertexSet().forEach(person -> places.put(person, new Position(left + side / 2, top + side / 2)));
            return;
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(inner, inner));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(LAYOUT_ITERATIONS, SPREAD,
                new Random(LAYOUT_SEED)).layout(group, model);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double span = 0;
        for (String person : group.vertexSet()) {
            minX = Math.min(minX, model.get(person).getX());
            minY = Math.min(minY, model.get(person).getY());
        }
        for (String person : group.vertexSet()) {
            span = Math.max(span, Math.max(model.get(person).getX() - minX, model.get(person).getY() - minY));
        }
        double stretch = span == 0 ? 0 : inner / span;
        for (String person : group.vertexSet()) {
            Point2D point = model.get(person);
            places.put(person, new Position(left + side * 0.1 + (point.getX() - minX) * stretch,
                    top + side * 0.1 + (point.getY() - minY) * stretch));
        }
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
}
