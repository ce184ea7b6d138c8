package org.dossier.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dossier.OnTheSampleCase;
import org.dossier.model.Actor;
import org.dossier.export.ExportService.GraphFormat;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.TimelineFilter;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph view's state, without a window: drawn, a person selected and hidden, a link listed, a filter, an export. */
class GraphViewModelTest extends OnTheSampleCase {
    private final SameThreadWork work = new SameThreadWork();

    @TempDir
    Path out;

    @AfterEach
    void nothingFailedUnseen() {
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void theSampleIsDrawnAPersonsMessagesListedAndThePersonHidden() {
        GraphViewModel model = new GraphViewModel(services.graph(), services.people(), services.exporter(), sample, sample.timeZone(), work,
                new SimpleObjectProperty<>(new Actor("Mei Lin", Actor.Role.REPORTER)));
        model.showFirstTime();
        assertFalse(model.people().isEmpty());
        GraphViewModel.Drawing drawing = model.drawingProperty().get();
        assertEquals(drawing.graph().people().size(), drawing.places().size(), "everyone drawn has a place");
        assertTrue(drawing.places().values().stream().allMatch(at -> at.x() >= 0 && at.x() <= 1 && at.y() >= 0 && at.y() <= 1));

        Person busiest = model.people().get(0);
        model.selectedPersonProperty().set(busiest);
        assertFalse(model.exchanged().isEmpty(), "what the busiest person wrote is listed");
        assertTrue(model.exchanged().stream().allMatch(item -> busiest.name().equals(item.author())), model.exchanged().toString());

        Link heaviest = drawing.graph().links().get(0);
        model.selectedLinkProperty().set(heaviest);
        assertEquals(null, model.selectedPersonProperty().get(), "a link selected replaces the person selected");
        assertFalse(model.exchanged().isEmpty());

        int before = model.people().size();
        model.hide(busiest);
        assertTrue(model.people().stream().noneMatch(person -> person.key().equals(busiest.key())));
        assertTrue(model.people().size() < before);
        assertTrue(model.statusProperty().get().contains("1 hidden"), model.statusProperty().get());
        model.showHidden();
        assertEquals(before, model.people().size());
    }

    @Test
    void accountsProposedAsOnePersonAreConfirmedDrawnAsOneAndSplitAgain() {
        GraphViewModel model = new GraphViewModel(services.graph(), services.people(), services.exporter(), sample, sample.timeZone(), work,
                new SimpleObjectProperty<>(new Actor("Mei Lin", Actor.Role.REPORTER)));
        model.showFirstTime();
        int people = model.people().size();
        int proposed = model.proposals().size();
        assertTrue(proposed > 0, "the sample's Chen Li writes on Slack, Telegram and by e-mail");
        var proposal = model.proposals().get(0);
        model.confirm(proposal);
        assertEquals(proposed - 1, model.proposals().size());
        assertEquals(people - proposal.accounts().size() + 1, model.people().size(), "the accounts are one person now");
        Person confirmed = model.people().stream().filter(person -> person.key().startsWith("person:")).findFirst().orElseThrow();
        assertEquals(proposal.accounts().get(0).name(), confirmed.name());

        model.split(confirmed);
        assertEquals(people, model.people().size());
        assertEquals(proposed, model.proposals().size(), "split, the accounts are proposed again");
        model.reject(model.proposals().get(0));
        assertEquals(proposed - 1, model.proposals().size());
    }

    @Test
    void aFilterNarrowsTheGraphAndTheExportIsWrittenForIt() throws Exception {
        GraphViewModel model = new GraphViewModel(services.graph(), services.people(), services.exporter(), sample, sample.timeZone(), work,
                new SimpleObjectProperty<>(new Actor("Mei Lin", Actor.Role.REPORTER)));
        model.showFirstTime();
        int everyone = model.people().size();
        model.itemsProperty().set(TimelineFilter.NONE.withSource(sample.path().getParent().resolve("nowhere").toString()));
        model.reload();
        assertTrue(model.people().isEmpty());
        assertEquals("Nobody wrote to anybody in what the filter takes.", model.statusProperty().get());

        model.itemsProperty().set(TimelineFilter.NONE);
        model.wordsProperty().set("legal");
        model.reload();
        assertTrue(model.people().size() < everyone, "only those whose messages say legal");
        Path target = out.resolve("graph.gexf");
        model.export(GraphFormat.GEXF, target);
        assertTrue(Files.readString(target).contains("<gexf"), model.statusProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Wrote graph.gexf: "), model.statusProperty().get());
    }
}
