package org.dossier.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.dossier.graph.GraphService.Position;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;

/**
 * The graph drawn: each person a disc sized by how much they wrote and received, coloured by how
 * much they connect groups (betweenness), named when among the most active; each pair who wrote
 * to each other a line as thick as their exchange. Click a person or a line to list what went
 * between them; right-click a person to hide them.
 */
final class GraphPane extends Pane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** People named on the drawing; the others by their tooltip. */
    private static final int NAMED = 20;
    private static final double MARGIN = 48;
    private static final Color QUIET = Color.web("#7fa7c9");
    private static final Color BRIDGE = Color.web("#d9822b");

    private final GraphViewModel model;
    private final Group lines = new Group();
    private final Group discs = new Group();
    private final Group names = new Group();
    private final Map<String, Circle> drawnPeople = new HashMap<>();
    private final Map<Line, String[]> drawnLinks = new HashMap<>();
    private final Map<String, Text> drawnNames = new HashMap<>();

    GraphPane(GraphViewModel model, Consumer<Person> hide) {
        this.model = model;
        setId("graph-pane");
        getStyleClass().add("graph-pane");
        getChildren().setAll(lines, discs, names);
        setMinSize(200, 200);
        model.drawingProperty().addListener((property, old, drawing) -> draw(drawing, hide));
        widthProperty().addListener(observable -> place());
        heightProperty().addListener(observable -> place());
        model.selectedPersonProperty().addListener((property, old, person) -> {
            drawnPeople.forEach((key, disc) -> disc.pseudoClassStateChanged(SELECTED, person != null && person.key().equals(key)));
        });
    }

    private void draw(GraphViewModel.Drawing drawing, Consumer<Person> hide) {
        lines.getChildren().clear();
        discs.getChildren().clear();
        names.getChildren().clear();
        drawnPeople.clear();
        drawnLinks.clear();
        drawnNames.clear();
        CommunicationGraph graph = drawing.graph();
        long busiest = graph.people().stream().mapToLong(Person::total).max().orElse(1);
        double bridging = graph.people().stream().mapToDouble(Person::betweenness).filter(score -> !Double.isNaN(score)).max().orElse(0);
        Map<String, long[]> pairs = new HashMap<>();
        for (Link link : graph.links()) {
            String pair = link.from().compareTo(link.to()) < 0 ? link.from() + "\n" + link.to() : link.to() + "\n" + link.from();
            pairs.computeIfAbsent(pair, key -> new long[1])[0] += link.count();
        }
        long heaviest = pairs.values().stream().mapToLong(count -> count[0]).max().orElse(1);
        pairs.forEach((pair, count) -> {
            String[] ends = pair.split("\n");
            Line line = new Line();
            line.getStyleClass().add("graph-link");
            line.setStrokeWidth(1 + 7 * Math.log1p(count[0]) / Math.log1p(heaviest));
            Tooltip.install(line, new Tooltip(nameOf(graph, ends[0]) + " ↔ " + nameOf(graph, ends[1]) + ": " + count[0]));
            line.setOnMouseClicked(event -> model.selectedLinkProperty().set(linkBetween(graph, ends[0], ends[1])));
            lines.getChildren().add(line);
            drawnLinks.put(line, ends);
        });
        List<Person> people = graph.people();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Circle disc = new Circle(5 + 13 * Math.sqrt((double) person.total() / busiest));
            disc.getStyleClass().add("graph-person");
            disc.setId("person-" + i);
            double share = Double.isNaN(person.betweenness()) || bridging == 0 ? 0 : person.betweenness() / bridging;
            disc.setFill(QUIET.interpolate(BRIDGE, share));
            Tooltip.install(disc, new Tooltip(person.name() + (person.name().equals(person.account()) ? "" : "\n" + person.account())
                    + "\n" + person.platform() + " · sent " + person.sent() + " · received " + person.received()));
            disc.setOnMouseClicked(event -> model.selectedPersonProperty().set(person));
            MenuItem hideItem = new MenuItem("Hide " + person.name());
            hideItem.setOnAction(event -> hide.accept(person));
            ContextMenu menu = new ContextMenu(hideItem);
            disc.setOnContextMenuRequested(event -> menu.show(disc, event.getScreenX(), event.getScreenY()));
            discs.getChildren().add(disc);
            drawnPeople.put(person.key(), disc);
            if (i < NAMED) {
                Text name = new Text(shortName(person.name()));
                name.getStyleClass().add("graph-name");
                name.setMouseTransparent(true);
                names.getChildren().add(name);
                drawnNames.put(person.key(), name);
            }
        }
        place();
    }

    /** Puts everyone at their place for the pane's size. */
    private void place() {
        Map<String, Position> places = model.drawingProperty().get().places();
        double width = Math.max(1, getWidth() - 2 * MARGIN);
        double height = Math.max(1, getHeight() - 2 * MARGIN);
        drawnPeople.forEach((key, disc) -> {
            Position at = places.get(key);
            disc.setCenterX(MARGIN + at.x() * width);
            disc.setCenterY(MARGIN + at.y() * height);
            Text name = drawnNames.get(key);
            if (name != null) {
                double labelWidth = name.getLayoutBounds().getWidth();
                name.setX(Math.max(2, Math.min(getWidth() - labelWidth - 2, disc.getCenterX() - labelWidth / 2)));
                name.setY(disc.getCenterY() + disc.getRadius() + 13);
            }
        });
        drawnLinks.forEach((line, ends) -> {
            Circle from = drawnPeople.get(ends[0]);
            Circle to = drawnPeople.get(ends[1]);
            line.setStartX(from.getCenterX());
            line.setStartY(from.getCenterY());
            line.setEndX(to.getCenterX());
            line.setEndY(to.getCenterY());
        });
    }

    /** The heavier direction of a pair's exchange: the line stands for both, the list shows both. */
    private static Link linkBetween(CommunicationGraph graph, String a, String b) {
        return graph.links().stream().filter(link -> link.from().equals(a) && link.to().equals(b) || link.from().equals(b) && link.to().equals(a))
                .findFirst().orElseThrow();
    }

    private static String nameOf(CommunicationGraph graph, String key) {
        return graph.people().stream().filter(person -> person.key().equals(key)).map(Person::name).findFirst().orElse(key);
    }

    private static String shortName(String name) {
        return name.length() <= 24 ? name : name.substring(0, 23) + "…";
    }
}
