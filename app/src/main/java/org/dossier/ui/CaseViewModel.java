package org.dossier.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.dossier.app.Services;
import org.dossier.attribution.Excerpts;
import org.dossier.extract.CaseExtraction;
import org.dossier.ingest.ImportProgress;
import org.dossier.ingest.ReplyFileReader;
import org.dossier.model.Actor;
import org.dossier.model.CaseStats;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.ImportSummary;
import org.dossier.model.ItemKind;
import org.dossier.model.SearchHit;
import org.dossier.model.Span;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;

/**
 * State and commands of an open case: its counts, the search with its filters, imports with their
 * progress. The views only bind to it; the readers and panels have view models of their own.
 */
final class CaseViewModel {
    private static final int SEARCH_LIMIT = 500;
    private static final String FOUND_LATER = "the rest is found when the case is next opened or imported into.";

    /** What the kind filter offers. */
    enum Kind {
        ALL("Everything"), DOCUMENTS("Documents"), MESSAGES("Messages");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Services services;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ReaderViewModel reader;
    private final EntitiesViewModel entities;
    private final ClaimsViewModel claims;
    private final RightOfReplyViewModel rightOfReply;
    private final TimelineViewModel timeline;
    private final ExportViewModel exports;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper listing = new ReadOnlyStringWrapper("");
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty extracting = new SimpleBooleanProperty();
    private final DoubleProperty importProgress = new SimpleDoubleProperty(-1);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final FilteredList<SearchHit> filtered = new FilteredList<>(hits);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ALL);
    private final ObjectProperty<String> conversation = new SimpleObjectProperty<>();
    private final ObjectProperty<String> author = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> conversations = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private volatile Thread importThread;
    private volatile Thread extractionThread;
    private Task<CaseExtraction.Counts> extraction;
    private String saidBefore = "";
    private String lastQuery = "";

    CaseViewModel(Services services, CaseFile caseFile, BackgroundWork work, ObservableValue<Actor> actor) {
        this.services = services;
        this.caseFile = caseFile;
        this.work = work;
        this.reader = new ReaderViewModel(caseFile, work, services.clock(), actor);
        this.entities = new EntitiesViewModel(caseFile, work);
        this.timeline = new TimelineViewModel(caseFile, work, actor);
        this.claims = new ClaimsViewModel(caseFile, work, services.attribution(), actor);
        this.rightOfReply = new RightOfReplyViewModel(caseFile, services.clock(), work, services.rightOfReply(),
                new ReplyFileReader(services.parsers()), claims);
        this.exports = new ExportViewModel(caseFile, work, services.exporter(), actor, status::set);
        for (var filter : List.of(kind, conversation, author, from, to)) {
            filter.addListener((property, old, value) -> applyFilters());
        }
        refreshSummary();
        catchUpExtraction();
    }

    ReaderViewModel reader() {
        return reader;
    }

    EntitiesViewModel entities() {
        return entities;
    }

    ExportViewModel exports() {
        return exports;
    }

    ClaimsViewModel claims() {
        return claims;
    }

    RightOfReplyViewModel rightOfReply() {
        return rightOfReply;
    }

    /**
     * The excerpt a reporter means: the span given, or else the sentence of the item's first match
     * of the search, or a whole message; read in the background, then handed on (null when the
     * words must be chosen in the reader).
     */
    void excerpt(long itemId, Span span, Consumer<AttachEvidenceDialog.Excerpt> then) {
        String searched = lastQuery;
        Task<AttachEvidenceDialog.Excerpt> task = BackgroundWork.task(() -> {
            try (var items = caseFile.newItemReader()) {
                var item = items.item(itemId).orElseThrow();
                String text = item.text();
                Span chosen = span;
                if (chosen == null && !searched.isBlank()) {
                    var match = SearchService.firstMatch(text, searched);
                    chosen = match.length() == 0 ? null : Excerpts.sentenceAround(text, match.start(), match.length());
                }
                if (chosen == null && item.kind() == ItemKind.MESSAGE) {
                    chosen = new Span(0, text.length());
                }
                if (chosen == null || chosen.end() <= chosen.start() || chosen.end() > text.length()) {
                    return null;
                }
                var kind = item.kind() == ItemKind.MESSAGE
                        ? EvidenceKind.CHAT_MESSAGE : EvidenceKind.DOCUMENT;
                Instant said = item.occurredAt() == null ? null : item.occurredAt().instant();
                return new AttachEvidenceDialog.Excerpt(itemId, chosen, text.substring(chosen.start(), chosen.end()), kind, said);
            }
        });
        task.setOnSucceeded(event -> then.accept(task.getValue()));
        work.run(task);
    }

    TimelineViewModel timeline() {
        return timeline;
    }

    /** Finds the entity a reporter names, in the background, and hands its id (or null) on. */
    void entityNamed(String name, Consumer<Long> then) {
        Task<Long> task = BackgroundWork.task(() -> new org.dossier.timeline.TimelineService().entityNamed(caseFile, name).orElse(null));
        task.setOnSucceeded(event -> then.accept(task.getValue()));
        work.run(task);
    }

    BackgroundWork work() {
        return work;
    }

    CaseFile caseFile() {
        return caseFile;
    }

    ZoneId zone() {
        return caseFile.timeZone();
    }

    String caseName() {
        return caseFile.path().getFileName().toString();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the hit list holds: "12 hits for …", "items that mention …". */
    ReadOnlyStringProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }

    StringProperty queryProperty() {
        return query;
    }

    BooleanProperty importingProperty() {
        return importing;
    }

    /** True while names and dates are being found in what was imported. */
    BooleanProperty extractingProperty() {
        return extracting;
    }

    /** The share of the import (or of the extraction behind it) done, or -1 while the files are still being counted. */
    DoubleProperty importProgressProperty() {
        return importProgress;
    }

    /** The summary of the import that ended last, for the view to report. */
    ObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport;
    }

    ObservableList<SearchHit> hits() {
        return filtered;
    }

    ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    ObjectProperty<String> conversationProperty() {
        return conversation;
    }

    ObjectProperty<String> authorProperty() {
        return author;
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The conversations and authors among the hits, for their filters. */
    ObservableList<String> conversations() {
        return conversations;
    }

    ObservableList<String> authors() {
        return authors;
    }

    void search() {
        String text = query.get().strip();
        if (text.isEmpty()) {
            showHits(List.of(), "");
            return;
        }
        Task<SearchService.Results> task = BackgroundWork.task(() -> services.search().search(caseFile, text, SEARCH_LIMIT));
        task.setOnSucceeded(event -> {
            lastQuery = text;
            List<SearchHit> found = task.getValue().hits();
            showHits(found, found.isEmpty() ? "No hits for " + text : found.size() + " hits for " + text
                    + (task.getValue().ranked() ? "" : " (" + SearchService.UNRANKED_NOTE + ")"));
        });
        work.run(task);
    }

    /** Lists every item that mentions an entity, newest first. */
    void showMentioning(long entityId) {
        Task<SearchService.Mentioning> task = BackgroundWork.task(() -> services.search().mentioning(caseFile, entityId, SEARCH_LIMIT));
        task.setOnSucceeded(event -> {
            List<SearchHit> found = task.getValue().hits();
            lastQuery = "";
            showHits(found, found.size() + " items mention " + task.getValue().name() + ", newest first");
        });
        work.run(task);
    }

    /** Opens a hit in the reader with its first match selected. */
    void open(SearchHit hit) {
        reader.openItem(hit.itemId(), -1);
        String searched = lastQuery;
        reader.itemProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.dossier.model.Item> property,
                                org.dossier.model.Item old, org.dossier.model.Item item) {
                if (item != null && item.id() == hit.itemId()) {
                    property.removeListener(this);
                    SearchService.Match match = SearchService.firstMatch(item.text(), searched);
                    reader.focusOn(match.start(), match.length());
                }
            }
        });
    }

    private void showHits(List<SearchHit> found, String said) {
        hits.setAll(found);
        conversations.setAll(found.stream().map(SearchHit::conversation).filter(Objects::nonNull).distinct().sorted().toList());
        authors.setAll(found.stream().map(SearchHit::author).filter(Objects::nonNull).distinct().sorted().toList());
        listing.set(said);
        applyFilters();
    }

    private void applyFilters() {
        ZoneId zone = zone();
        Predicate<SearchHit> wanted = hit -> switch (kind.get()) {
            case ALL -> true;
            case DOCUMENTS -> hit.kind() == ItemKind.DOCUMENT;
            case MESSAGES -> hit.kind() != ItemKind.DOCUMENT;
        };
        wanted = wanted.and(hit -> conversation.get() == null || conversation.get().equals(hit.conversation()));
        wanted = wanted.and(hit -> author.get() == null || author.get().equals(hit.author()));
        wanted = wanted.and(hit -> from.get() == null || hit.occurredAt() != null
                && !hit.occurredAt().instant().atZone(zone).toLocalDate().isBefore(from.get()));
        wanted = wanted.and(hit -> to.get() == null || hit.occurredAt() != null
                && !hit.occurredAt().instant().atZone(zone).toLocalDate().isAfter(to.get()));
        filtered.setPredicate(wanted);
    }

    /**
     * Imports in the background beside other work. {@link #cancel()} interrupts the import itself,
     * not the task, so that the import stops after the files in hand and still reports what it did.
     */
    Task<ImportSummary> importPaths(List<Path> paths, Consumer<ImportSummary> whenDone) {
        cancelExtraction(); // the import goes first; extraction resumes behind it
        if (extracting.get()) {
            status.unbind();
            importProgress.unbind();
            extracting.set(false);
        }
        long started = System.nanoTime();
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() {
                importThread = Thread.currentThread();
                try {
                    return services.importer().importInto(caseFile, paths, this::show);
                } finally {
                    importThread = null;
                    Thread.interrupted(); // a cancel that came as the import ended must not reach the next task
                }
            }

            private void show(ImportProgress progress) {
                double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
                updateMessage(String.format("Importing: %,d of %,d%s files · %.1f files/s · %.1f MB/s · %s", progress.filesDone(),
                        progress.filesFound(), progress.walkFinished() ? "" : "+", progress.filesDone() / seconds,
                        progress.bytesDone() / 1e6 / seconds, progress.currentPath() == null ? "" : progress.currentPath()));
                updateProgress(progress.filesDone(), progress.walkFinished() ? progress.filesFound() : -1);
            }
        };
        status.bind(task.messageProperty());
        importProgress.bind(task.progressProperty());
        importing.set(true);
        task.setOnSucceeded(event -> importEnded(task.getValue(), whenDone));
        task.setOnFailed(event -> {
            importEnded(null, whenDone);
            status.set("The import stopped: " + task.getException().getMessage());
        });
        return work.runLong(task);
    }

    /** Stops the import, or the extraction behind it, after the files or items in hand. */
    void cancel() {
        Thread running = importThread;
        if (running != null) {
            running.interrupt();
        }
        cancelExtraction();
    }

    private void cancelExtraction() {
        Task<?> queued = extraction;
        if (queued != null && !queued.isRunning()) {
            queued.cancel(); // not started yet: it never will
        }
        Thread running = extractionThread;
        if (running != null) {
            running.interrupt();
        }
    }

    /**
     * Finds names and dates in the items no extraction has read yet (decision 0016): after each
     * import, and when a case opens with some left by a cancel or a crash. Interrupting stops after
     * the batch in hand; what was found stays.
     */
    void catchUpExtraction() {
        Task<CaseExtraction.Counts> task = new Task<>() {
            @Override
            protected CaseExtraction.Counts call() {
                extractionThread = Thread.currentThread();
                try {
                    return CaseExtraction.catchUp(caseFile, (done, of) -> {
                        updateMessage(String.format("Finding names and dates: %,d of %,d items", done, of));
                        updateProgress(done, of);
                    });
                } finally {
                    extractionThread = null;
                    Thread.interrupted();
                }
            }
        };
        // The status bar is the extraction's once there is something to extract, unless an import has it.
        task.messageProperty().addListener((property, old, message) -> {
            if (!extracting.get() && !importing.get()) {
                extracting.set(true);
                saidBefore = status.get();
                status.bind(task.messageProperty());
                importProgress.bind(task.progressProperty());
            }
        });
        task.setOnSucceeded(event -> {
            CaseExtraction.Counts found = task.getValue();
            String items = String.format("%,d item%s", found.items(), found.items() == 1 ? "" : "s");
            extractionEnded(found.complete() ? String.format("Found %,d names and dates in %s.", found.mentions(), items)
                    : "Stopped finding names and dates after " + items + "; " + FOUND_LATER);
        });
        task.setOnFailed(event -> extractionEnded("Finding names and dates stopped: " + task.getException().getMessage()));
        task.setOnCancelled(event -> extractionEnded("Stopped finding names and dates; " + FOUND_LATER));
        extraction = task;
        work.runLong(task);
    }

    private void extractionEnded(String said) {
        if (!extracting.get()) {
            return; // nothing was left to extract, or an import took the status bar and will refresh the case
        }
        status.unbind();
        importProgress.unbind();
        extracting.set(false);
        status.set(saidBefore.isEmpty() ? said : saidBefore + " " + said); // the import's summary stays in view
        refreshSummary();
        entities.reload();
        reader.reloadItem();
        timeline.evidenceChanged();
    }

    private void importEnded(ImportSummary done, Consumer<ImportSummary> whenDone) {
        status.unbind();
        importProgress.unbind();
        importing.set(false);
        status.set(done == null ? "The import stopped; import the same files again to finish it."
                : String.format("%s %,d new file%s, %,d already in the case, %,d could not be read.%s",
                done.cancelled() ? "Cancelled after importing" : "Imported", done.imported(), done.imported() == 1 ? "" : "s",
                done.skippedDuplicates(),
                done.failures().size(), done.cancelled() ? " Import the same files again to finish." : ""));
        lastImport.set(done);
        refreshSummary();
        entities.reload();
        whenDone.accept(done);
        catchUpExtraction();
    }

    void refreshSummary() {
        Task<CaseStats> task = BackgroundWork.task(caseFile::stats);
        task.setOnSucceeded(event -> {
            CaseStats stats = task.getValue();
            summary.set(String.format("%,d file%s · %,d documents · %,d messages · %,d entities · %,d could not be read%s",
                    stats.sources(), stats.sources() == 1 ? "" : "s", stats.documents(), stats.messages(), stats.entities(), stats.failed(),
                    stats.awaitingExtraction() == 0 ? ""
                            : String.format(" · %,d not yet read for names", stats.awaitingExtraction())));
        });
        work.run(task);
    }

    void close() {
        caseFile.close();
    }
}
