package org.dossier.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.store.StoryStore;
import org.dossier.timeline.TimelineService;

/**
 * The timeline view's state: the visible window, the events in and around it (or, where there are
 * too many to draw one by one, their density), the lanes, the filters, the selected event and the
 * story. Moving the window redraws at once from what is loaded, and reads the new window in the
 * background, cancelling a read that has not finished.
 */
final class TimelineViewModel {
    /** At most this many events are drawn one by one; beyond, density is drawn. */
    static final int DRAWN = 3000;
    static final int DENSITY_BUCKETS = 240;
    private static final Duration NARROWEST = Duration.ofMinutes(10);
    private static final Duration WIDEST = Duration.ofDays(365L * 60);

    /** How events are grouped into lanes. */
    enum Lanes {
        KIND("by kind"), SOURCE("by source"), PERSON("by person");

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
    private final BackgroundWork work;
    private final String reporter;
    private final TimelineService timeline = new TimelineService();
    private final ObjectProperty<Instant> from = new SimpleObjectProperty<>(Instant.parse("2023-01-01T00:00:00Z"));
    private final ObjectProperty<Instant> to = new SimpleObjectProperty<>(Instant.parse("2024-01-01T00:00:00Z"));
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<long[]> density = new SimpleObjectProperty<>();
    private final ObjectProperty<Lanes> lanes = new SimpleObjectProperty<>(Lanes.KIND);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Long> entityId = new SimpleObjectProperty<>();
    private final ObjectProperty<TimelineEvent> selected = new SimpleObjectProperty<>();
    private final ObservableList<StoryStore.Pinned> story = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private Task<?> reading;
    private Instant loadedFrom;
    private Instant loadedTo;
    private long lastReadNanos;

    TimelineViewModel(CaseFile caseFile, BackgroundWork work, String reporter) {
        this.caseFile = caseFile;
        this.work = work;
        this.reporter = reporter;
        entityId.addListener((property, old, id) -> reload(true));
    }

    ObjectProperty<Instant> fromProperty() {
        return from;
    }

    ObjectProperty<Instant> toProperty() {
        return to;
    }

    ObservableList<TimelineEvent> events() {
        return events;
    }

    /** Counts per slice of the window when it holds too many events to draw, else null. */
    ObjectProperty<long[]> densityProperty() {
        return density;
    }

    ObjectProperty<Lanes> lanesProperty() {
        return lanes;
    }

    /** Words an event's title or excerpt must hold to be drawn. */
    StringProperty textProperty() {
        return text;
    }

    ObjectProperty<TimelineEvent> selectedProperty() {
        return selected;
    }

    ObservableList<StoryStore.Pinned> story() {
        return story;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    BooleanProperty loadingProperty() {
        return loading;
    }

    /** How long the last read of a window took, in milliseconds. */
    double lastReadMillis() {
        return lastReadNanos / 1e6;
    }

    boolean shows(TimelineEvent event) {
        String wanted = text.get().strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || event.title().toLowerCase(Locale.ROOT).contains(wanted)
                || event.excerpt() != null && event.excerpt().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Shows the whole case, then reads the story. */
    void showAll() {
        Task<Instant[]> task = BackgroundWork.task(() -> timeline.span(caseFile));
        task.setOnSucceeded(event -> {
            Instant[] span = task.getValue();
            if (span != null) {
                Duration margin = Duration.between(span[0], span[1]).dividedBy(20).plus(Duration.ofHours(1));
                setWindow(span[0].minus(margin), span[1].plus(margin));
            } else {
                status.set("Nothing dated yet: import evidence, and its messages, documents and dates appear here.");
            }
        });
        work.run(task);
        reloadStory();
    }

    /** Zooms by a factor around a point of the window (0 its start, 1 its end): below 1 zooms in. */
    void zoom(double factor, double at) {
        long width = Duration.between(from.get(), to.get()).toMillis();
        long wanted = Math.max(NARROWEST.toMillis(), Math.min(WIDEST.toMillis(), (long) (width * factor)));
        Instant pivot = from.get().plusMillis((long) (width * at));
        setWindow(pivot.minusMillis((long) (wanted * at)), pivot.plusMillis((long) (wanted * (1 - at))));
    }

    /** Moves the window by a share of its width (negative: back in time). */
    void pan(double share) {
        long width = Duration.between(from.get(), to.get()).toMillis();
        long by = (long) (width * share);
        setWindow(from.get().plusMillis(by), to.get().plusMillis(by));
    }

    void setWindow(Instant start, Instant end) {
        from.set(start);
        to.set(end);
        reload(false);
    }

    /** Filters by an entity, or none (null). */
    void filterByEntity(Long id) {
        entityId.set(id);
    }

    ObjectProperty<Long> entityIdProperty() {
        return entityId;
    }

    /** Reads the window again unless what is loaded covers it (a third of a width each side is read too). */
    void reload(boolean force) {
        Instant start = from.get();
        Instant end = to.get();
        if (!force && loadedFrom != null && !start.isBefore(loadedFrom) && !end.isAfter(loadedTo) && density.get() == null) {
            return;
        }
        Duration margin = Duration.between(start, end).dividedBy(3);
        Instant readFrom = start.minus(margin);
        Instant readTo = end.plus(margin);
        if (reading != null) {
            reading.cancel(true);
        }
        record Read(List<TimelineEvent> events, long[] density, long nanos) {
        }
        Long entity = entityId.get();
        Task<Read> task = BackgroundWork.task(() -> {
            long started = System.nanoTime();
            List<TimelineEvent> found = timeline.events(caseFile, new TimelineQuery(readFrom, readTo, entity, DRAWN + 1));
            long[] counts = found.size() > DRAWN
                    ? timeline.density(caseFile, new TimelineQuery(start, end, entity, 0), DENSITY_BUCKETS) : null;
            return new Read(found.size() > DRAWN ? List.of() : found, counts, System.nanoTime() - started);
        });
        task.setOnSucceeded(event -> {
            Read read = task.getValue();
            loadedFrom = read.density() == null ? readFrom : null;
            loadedTo = readTo;
            lastReadNanos = read.nanos();
            density.set(read.density());
            events.setAll(read.events());
            loading.set(false);
            status.set(read.density() != null ? "More than " + String.format("%,d", DRAWN)
                    + " events here: their density is drawn. Zoom in (scroll, +) to see them one by one."
                    : String.format("%,d events", read.events().stream().filter(this::shows).count()));
        });
        reading = task;
        loading.set(true);
        work.run(task);
    }

    /** Adds an event by hand on a day, and shows it. */
    void addOnDay(java.time.LocalDate day, String title) {
        Task<Long> task = BackgroundWork.task(() -> timeline.addOnDay(caseFile, day, title, reporter));
        task.setOnSucceeded(done -> {
            status.set("Added: " + title);
            reload(true);
        });
        work.run(task);
    }

    /** Pins an event into the story with a headline and a note. */
    void pin(TimelineEvent event, String headline, String note) {
        Task<Long> task = BackgroundWork.task(() -> timeline.pin(caseFile, event, headline, note, reporter));
        task.setOnSucceeded(done -> {
            status.set("Pinned to the story: " + headline);
            reloadStory();
        });
        work.run(task);
    }

    private void reloadStory() {
        Task<List<StoryStore.Pinned>> task = BackgroundWork.task(() -> timeline.pinned(caseFile));
        task.setOnSucceeded(event -> story.setAll(task.getValue()));
        work.run(task);
    }
}
