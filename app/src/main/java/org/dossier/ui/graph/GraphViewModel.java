package org.dossier.ui.graph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dossier.export.ExportService;
import org.dossier.export.ExportService.GraphExport;
import org.dossier.export.ExportService.GraphFormat;
import org.dossier.graph.GraphService;
import org.dossier.graph.PeopleService;
import org.dossier.graph.GraphService.Position;
import javafx.beans.value.ObservableValue;
import org.dossier.model.Actor;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.GraphFilter;
import org.dossier.model.Item;
import org.dossier.model.PersonAccount;
import org.dossier.model.PersonProposal;
import org.dossier.model.TimelineFilter;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/**
 * The communications graph's state: the filter (days, entity, tag, source, words), the people
 * hidden, the graph read for them with the most active people placed for drawing (read, measured
 * and laid out off the FX thread), the person or link selected and what went between them, and the
 * accounts that look like one person, which the reporter confirms or rejects.
 */
public final class GraphViewModel {
    /** At most this many people are drawn: the most active; the table lists them all. */
    static final int DRAWN = 60;
    /** At most this many messages and e-mails are listed for a selection. */
    static final int LISTED = 500;

    private final GraphService graphs;
    private final PeopleService peopleService;
    private final ObservableValue<Actor> actor;
    private final ExportService exports;
    private final CaseFile caseFile;
    private final ZoneId zone;
    private final BackgroundWork work;
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final ObjectProperty<TimelineFilter> items = new SimpleObjectProperty<>(TimelineFilter.NONE);
    private final StringProperty words = new SimpleStringProperty("");
    private final Set<String> hidden = new HashSet<>();
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>(Drawing.EMPTY);
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selectedPerson = new SimpleObjectProperty<>();
    private final ObjectProperty<Link> selectedLink = new SimpleObjectProperty<>();
    private final ObservableList<Item> exchanged = FXCollections.observableArrayList();
    private final ObservableList<PersonProposal> proposals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private GraphFilter shownFilter = GraphFilter.NONE;
    private BackgroundWork.Pending reading;
    private boolean drawn;

    /**
     * The people drawn, where, and the links between them.
     *
     * @param graph  the graph drawn: the most active people and the links among them
     * @param places each drawn person's place in the unit square
     */
    public record Drawing(CommunicationGraph graph, Map<String, Position> places) {
        static final Drawing EMPTY = new Drawing(new CommunicationGraph(List.of(), List.of()), Map.of());
    }

    public GraphViewModel(GraphService graphs, PeopleService peopleService, ExportService exports, CaseFile caseFile, ZoneId zone,
                          BackgroundWork work, ObservableValue<Actor> actor) {
        this.graphs = graphs;
        this.peopleService = peopleService;
        this.actor = actor;
        this.exports = exports;
        this.caseFile = caseFile;
        this.zone = zone;
        this.work = work;
        selectedPerson.addListener((property, old, person) -> {
            if (person != null) {
                selectedLink.set(null);
            }
            listExchanged();
        });
        selectedLink.addListener((property, old, link) -> {
            if (link != null) {
                selectedPerson.set(null);
            }
            listExchanged();
        });
    }

    /** Draws the graph the first time it is shown; after that, when asked or when the evidence changes. */
    public void showFirstTime() {
        if (!drawn) {
            drawn = true;
            reload();
        }
    }

    /** New evidence came in: a graph already drawn is read again. */
    public void evidenceChanged() {
        if (drawn) {
            reload();
        }
    }

    /** Reads the graph again for the filter as it stands, in place of a read not yet done. */
    public void reload() {
        if (reading != null) {
            reading.stop();
        }
        GraphFilter filter = graphs.filter(fromDay.get() == null ? null : fromDay.get().atStartOfDay(zone).toInstant(),
                toDay.get() == null ? null : toDay.get().plusDays(1).atStartOfDay(zone).toInstant(), items.get(), words.get());
        Set<String> hiddenNow = Set.copyOf(hidden);
        status.set("Reading who wrote to whom…");
        reading = work.read(() -> {
            CommunicationGraph graph = graphs.graph(caseFile, filter);
            CommunicationGraph shown = hiddenNow.isEmpty() ? graph : graphs.withBetweenness(graph.without(hiddenNow));
            Set<String> busiest = Set.copyOf(shown.people().stream().limit(DRAWN).map(Person::key).toList());
            // The drawing colours each person by their betweenness among everyone shown, not among the few drawn.
            Map<String, Double> scores = shown.people().stream().collect(Collectors.toMap(Person::key, Person::betweenness));
            CommunicationGraph few = shown.keeping(person -> busiest.contains(person.key()));
            CommunicationGraph drawn = new CommunicationGraph(few.people().stream()
                    .map(person -> person.withBetweenness(scores.get(person.key()))).toList(), few.links());
            return new Read(filter, shown, new Drawing(drawn, graphs.layout(drawn)), peopleService.proposals(caseFile));
        }, read -> {
            proposals.setAll(read.proposals());
            shownFilter = read.filter();
            people.setAll(read.graph().people());
            drawing.set(read.drawing());
            selectedPerson.set(null);
            selectedLink.set(null);
            status.set(summary(read.graph(), read.drawing().graph()));
        });
    }

    private record Read(GraphFilter filter, CommunicationGraph graph, Drawing drawing, List<PersonProposal> proposals) {
    }

    /** The reporter says these accounts are one person, under the fullest of their names; the graph is read again. */
    public void confirm(PersonProposal proposal) {
        List<String> keys = proposal.accounts().stream().map(PersonAccount::key).toList();
        String name = proposal.accounts().get(0).name();
        work.read(() -> peopleService.confirm(caseFile, actor.getValue(), keys, name), id -> reload());
    }

    /** The reporter says these accounts are not one person: not proposed again. */
    public void reject(PersonProposal proposal) {
        List<String> keys = proposal.accounts().stream().map(PersonAccount::key).toList();
        work.read(() -> {
            peopleService.keepApart(caseFile, actor.getValue(), keys);
            return keys;
        }, done -> reload());
    }

    /** Undoes a confirmed person: their accounts are drawn apart again. Does nothing for an account. */
    public void split(Person person) {
        if (!person.key().startsWith(ConfirmedPerson.KEY_PREFIX)) {
            return;
        }
        long id = Long.parseLong(person.key().substring(ConfirmedPerson.KEY_PREFIX.length()));
        work.read(() -> {
            peopleService.split(caseFile, actor.getValue(), id);
            return id;
        }, done -> reload());
    }

    /** Accounts the evidence suggests are one person, for the reporter to confirm or reject. */
    public ObservableList<PersonProposal> proposals() {
        return proposals;
    }

    private String summary(CommunicationGraph graph, CommunicationGraph drawn) {
        if (graph.people().isEmpty()) {
            return shownFilter.narrows() ? "Nobody wrote to anybody in what the filter takes." : "No e-mail or chat message names its sender and receivers.";
        }
        String shown = drawn.people().size() < graph.people().size()
                ? String.format(" · the %d most active drawn", drawn.people().size()) : "";
        String hiddenNote = hidden.isEmpty() ? "" : String.format(" · %d hidden", hidden.size());
        return String.format("%,d people · %,d links%s%s", graph.people().size(), graph.links().size(), shown, hiddenNote);
    }

    /** Leaves a person out of the graph (a list, a bot, the reporter's own address), and reads it again. */
    public void hide(Person person) {
        hidden.add(person.key());
        reload();
    }

    /** Brings every hidden person back. */
    public void showHidden() {
        hidden.clear();
        reload();
    }

    public int hiddenCount() {
        return hidden.size();
    }

    /** Writes the graph as shown by the filter (not the people hidden in the window) for Gephi, with its manifest. */
    public void export(GraphFormat format, Path target) {
        GraphFilter filter = shownFilter;
        status.set("Writing " + target.getFileName() + "…");
        work.read(() -> exports.exportGraph(caseFile, format, filter, target), (GraphExport written) ->
                status.set(String.format("Wrote %s: %,d people, %,d links%s", target.getFileName(), written.people(), written.links(),
                        written.leftOut() == 0 ? "" : String.format(" (left out %d the export must hide)", written.leftOut()))),
                failed -> status.set("Could not write " + target.getFileName() + ": " + failed.getMessage()));
    }

    private void listExchanged() {
        Person person = selectedPerson.get();
        Link link = selectedLink.get();
        if (person == null && link == null) {
            exchanged.clear();
            return;
        }
        GraphFilter filter = shownFilter;
        work.read(() -> person != null ? graphs.exchanged(caseFile, filter, person.key(), null, LISTED)
                : graphs.exchanged(caseFile, filter, link.from(), link.to(), LISTED), exchanged::setAll);
    }

    /** The person of this key among those read, or null. */
    public Person person(String key) {
        return people.stream().filter(person -> person.key().equals(key)).findFirst().orElse(null);
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    /** The entity, tag and source the messages must have. */
    public ObjectProperty<TimelineFilter> itemsProperty() {
        return items;
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** Everyone in the graph (not hidden), most active first. */
    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> selectedPersonProperty() {
        return selectedPerson;
    }

    public ObjectProperty<Link> selectedLinkProperty() {
        return selectedLink;
    }

    /** What the person selected sent or received, or what went between the two of the link selected; oldest first. */
    public ObservableList<Item> exchanged() {
        return exchanged;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
