package org.dossier.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleObjectProperty;
import org.dossier.OnTheSampleCase;
import org.dossier.model.Actor;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timeline view's state, without a window: the whole case shown, a filter, a pin into the story. */
class TimelineViewModelTest extends OnTheSampleCase {
    private final SameThreadWork work = new SameThreadWork();

    @AfterEach
    void nothingFailedUnseen() {
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void theWholeCaseIsShownFilteredAndAnEventIsPinnedIntoTheStory() {
        TimelineViewModel model = new TimelineViewModel(services.timeline(), sample, sample.timeZone(), work,
                new SimpleObjectProperty<>(new Actor("Mei Lin", Actor.Role.REPORTER)));
        model.showAll();
        assertFalse(model.events().isEmpty());
        assertTrue(model.statusProperty().get().matches("[\\d,]+ events? in view"), model.statusProperty().get());
        assertEquals(8, model.story().size(), "the sample's story");
        assertTrue(model.tags().isEmpty(), "no tags yet");

        model.show(EventKind.MENTION, false);
        model.show(EventKind.DOCUMENT, false);
        assertTrue(model.events().stream().allMatch(event -> event.kind() == EventKind.MESSAGE));

        TimelineEvent unpinned = model.events().stream()
                .filter(event -> model.story().stream().noneMatch(pinned -> Objects.equals(pinned.event().itemId(), event.itemId())))
                .findFirst().orElseThrow();
        model.pin(unpinned, new StoryText("The first message", "Where it begins.", null));
        assertTrue(model.statusProperty().get().startsWith("Pinned to the story: The first message. "), model.statusProperty().get());
        assertEquals(9, model.story().size());
        assertTrue(model.story().stream().anyMatch(entry -> entry.text().headline().equals("The first message")));

        long lumina = services.entities().find(sample, "Lumina AI").orElseThrow();
        model.filterByEntity(lumina);
        assertFalse(model.events().isEmpty());
        assertEquals(lumina, model.filterProperty().get().entityId());
    }
}
