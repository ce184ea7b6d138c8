package org.dossier.ui.timeline;

import org.dossier.ui.common.BackgroundWork;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dossier.model.Actor;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineFilter;
import org.dossier.model.TimelineQuery;
import org.dossier.model.TimelineWindow;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;

/**
 * The timeline view's state: the visible window, the events in and around it (or, where there are
 * too many to draw one by one, their density), the lanes, the filters, the selected event and the
 * story. Moving the window redraws at once from what is loaded, and reads the new window in the
 * background, cancelling a read that has not finished.
 */
public final class TimelineViewModel {
    /** At most this many events are drawn one by one; beyond, density is drawn. */
    static final int DRAWN = 3000;
    static final int DENSITY_BUCKETS = 240;
    private static final Duration NARROWEST = Duration.ofMinutes(10);
    private static final Duration WIDEST = Duration.ofDays(365L * 60);

    /** How events are grouped into lanes. */
    public enum Lanes {
        KIND("by kind"), SOURCE("by source file"), CONVERSATION("by conversation"), PERSON("by person");

        private final String label;

        Lanes(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final CaseFile caseFile;
    private final ZoneId zone;
    private final BackgroundWork work;
    private final ObservableValue<Actor> actor;
    private final TimelineService timeline;
    private final ObjectProperty<Instant> from = new SimpleObjectProperty<>(Instant.parse("2023-01-01T00:00:00Z"));
    private final ObjectProperty<Instant> to = new SimpleObjectProperty<>(Instant.parse("2024-01-01T00:00:00Z"));
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<long[]> density = new SimpleObjectProperty<>();
    private final ObjectProperty<Lanes> lanes = new SimpleObjectProperty<>(Lanes.KIND);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<TimelineFilter> filter = new SimpleObjectProperty<>(TimelineFilter.NONE);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineEvent> selected = new SimpleObjectProperty<>();
    private final ObservableList<StoryEvent> story = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private BackgroundWork.Pending reading;
    /** The id of an event to select once the window that holds it is read. */
    private String toSelect;
    /** What the last change did, said in the status line once the timeline is read again after it. */
    private String lastChange;
    private Instant loadedFrom;
    private Instant loadedTo;
    private long lastReadNanos;

    public TimelineViewModel(TimelineService timeline, CaseFile caseFile, ZoneId zone, BackgroundWork work, ObservableValue<Actor> actor) {
        this.timeline = timeline;
        this.caseFile = caseFile;
        this.zone = zone;
        this.work = work;
        this.actor = actor;
        // The selection stays if the new filter keeps its event, and goes if not.
        filter.addListener((property, old, now) -> {
            toSelect = selected.get() == null ? null : selected.get().id();
            selected.set(null);
            reload(true);
        });
        for (Observable counted : List.<Observable>of(text, from, to)) {
            counted.addListener(observable -> updateStatus());
        }
    }

    public ObjectProperty<Instant> fromProperty() {
        return from;
    }

    public ObjectProperty<Instant> toProperty() {
        return to;
    }

    public ObservableList<TimelineEvent> events() {
        return events;
    }

    /** Counts per slice of the window when it holds too many events to draw, else null. */
    public ObjectProperty<long[]> densityProperty() {
        return density;
    }

    public ObjectProperty<Lanes> lanesProperty() {
        return lanes;
    }

    /** Words an event's title or excerpt must hold to be drawn. */
    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<TimelineEvent> selectedProperty() {
        return selected;
    }

    public ObservableList<StoryEvent> story() {
        return story;
    }

    /** The story's entry for an event of the timeline, if it is pinned. */
    public Optional<StoryEvent> pinnedAs(TimelineEvent event) {
        return story.stream().filter(entry -> entry.event().id().equals(event.id())).findFirst();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** How long the last read of a window took, in milliseconds. */
    public double lastReadMillis() {
        return lastReadNanos / 1e6;
    }

    /** Which events the words typed let through; made once for a pass over the loaded events (a frame, a count). */
    public Predicate<TimelineEvent> shown() {
        String wanted = text.get().strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() ? event -> true : event -> event.title().toLowerCase(Locale.ROOT).contains(wanted)
                || event.excerpt() != null && event.excerpt().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Shows the whole case, then reads the story and the tags to filter by. */
    public void showAll() {
        work.read(() -> timeline.span(caseFile), value -> {
            Instant[] span = value;
            if (span != null) {
                Duration margin = Duration.between(span[0], span[1]).dividedBy(20).plus(Duration.ofHours(1));
                setWindow(span[0].minus(margin), span[1].plus(margin));
            } else {
                status.set("Nothing dated yet: import evidence, and its messages, documents and dates appear here.");
            }
        });
        reloadStory();
        work.read(() -> timeline.tags(caseFile), tags::setAll);
    }

    /** Zooms by a factor around a point of the window (0 its start, 1 its end): below 1 zooms in. */
    public void zoom(double factor, double at) {
        long width = Duration.between(from.get(), to.get()).toMillis();
        long wanted = Math.max(NARROWEST.toMillis(), Math.min(WIDEST.toMillis(), (long) (width * factor)));
        Instant pivot = from.get().plusMillis((long) (width * at));
        setWindow(pivot.minusMillis((long) (wanted * at)), pivot.plusMillis((long) (wanted * (1 - at))));
    }

    /** Moves the window by a share of its width (negative: back in time). */
    public void pan(double share) {
        long width = Duration.between(from.get(), to.get()).toMillis();
        long by = (long) (width * share);
        setWindow(from.get().plusMillis(by), to.get().plusMillis(by));
    }

    public void setWindow(Instant start, Instant end) {
        from.set(start);
        to.set(end);
        reload(false);
    }

    /** Shows a story event on the axis, a few days either side, and selects it there. */
    public void showInTimeline(StoryEvent entry) {
        toSelect = entry.event().id();
        from.set(entry.event().start().minus(Duration.ofDays(3)));
        to.set(entry.event().end().plus(Duration.ofDays(3)));
        reload(true);
    }

    /** Filters by an entity, or none (null). */
    public void filterByEntity(Long id) {
        filter.set(filter.get().withEntity(id));
    }

    /** Filters by a tag, or none (null). */
    public void filterByTag(String name) {
        filter.set(filter.get().withTag(name));
    }

    /** Filters by a file or folder as received, or none (null). */
    public void filterBySource(String path) {
        filter.set(filter.get().withSource(path));
    }

    /** Shows or hides a kind of event. */
    public void show(EventKind kind, boolean shown) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        kinds.addAll(filter.get().kinds());
        if (shown) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
        filter.set(filter.get().withKinds(kinds));
    }

    public ObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    /** The tags used in the case. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** Reads the window again, if one is shown: the evidence under it has changed (extraction found dates). */
    public void evidenceChanged() {
        if (from.get() != null) {
            reload(true);
        }
    }

    /** Reads the story and the window again: another member of a team case changed them. */
    public void storyChanged() {
        reloadStory();
        evidenceChanged();
    }

    /** Reads the window again unless what is loaded covers it (a third of a width each side is read too). */
    public void reload(boolean force) {
        Instant start = from.get();
        Instant end = to.get();
        if (!force && loadedFrom != null && !start.isBefore(loadedFrom) && !end.isAfter(loadedTo) && density.get() == null) {
            return;
        }
        Duration margin = Duration.between(start, end).dividedBy(3);
        if (reading != null) {
            reading.stop();
        }
        record Read(TimelineWindow window, long nanos) {
        }
        TimelineFilter chosen = filter.get();
        loading.set(true);
        reading = work.read(() -> {
            long started = System.nanoTime();
            TimelineWindow window = timeline.window(caseFile, new TimelineQuery(start, end, chosen, DRAWN), margin, DENSITY_BUCKETS);
            return new Read(window, System.nanoTime() - started);
        }, read -> {
            loadedFrom = read.window().density() == null ? start.minus(margin) : null;
            loadedTo = end.plus(margin);
            lastReadNanos = read.nanos();
            density.set(read.window().density());
            events.setAll(read.window().events());
            loading.set(false);
            if (toSelect != null) {
                events.stream().filter(e -> e.id().equals(toSelect)).findFirst().ifPresent(selected::set);
                toSelect = null;
            }
            updateStatus();
        });
    }

    /** Adds an event by hand on a day, and shows it. */
    public void addOnDay(java.time.LocalDate day, String title) {
        change(() -> timeline.addOnDay(caseFile, day, title, actor.getValue().name()), "Added: " + title);
    }

    /** Pins an event into the story with what the reporter wrote about it. */
    public void pin(TimelineEvent event, StoryText text) {
        change(() -> timeline.pin(caseFile, event, text, actor.getValue().name()), "Pinned to the story: " + text.headline());
    }

    public void edit(StoryEvent entry, StoryText text) {
        change(() -> timeline.edit(caseFile, entry.storyId(), text), "Story event rewritten: " + text.headline());
    }

    public void unpin(StoryEvent entry) {
        change(() -> timeline.unpin(caseFile, entry.storyId()), "Taken out of the story: " + entry.text().headline());
    }

    /** Begins (or renames) the chapter at a story event; a blank title removes it. */
    public void setChapter(StoryEvent entry, String title) {
        change(() -> timeline.setChapter(caseFile, entry.storyId(), title),
                title.isBlank() ? "Chapter removed" : "Chapter “" + title.strip() + "” begins at " + entry.text().headline());
    }

    /** What the status line says: how many events the window shows, or that it shows their density. */
    public void updateStatus() {
        String done = lastChange == null ? "" : lastChange + ". ";
        lastChange = null;
        if (density.get() != null) {
            status.set(done + "More than " + String.format("%,d", DRAWN)
                    + " events here: their density is drawn. Zoom in (scroll, +) to see them one by one.");
            return;
        }
        long shown = events.stream().filter(event -> !event.end().isBefore(from.get()) && event.start().isBefore(to.get()))
                .filter(shown()).count();
        status.set(done + String.format("%,d event%s in view", shown, shown == 1 ? "" : "s"));
    }

    /** Makes a change to the timeline or the story in the background, then reads both again. */
    private void change(Runnable change, String done) {
        work.read(() -> {
            change.run();
            return null;
        }, value -> {
            lastChange = done;
            reloadStory();
            reload(true);
        }, error -> status.set(error.getMessage()));
    }

    private void reloadStory() {
        work.read(() -> timeline.pinned(caseFile), story::setAll);
    }
}
