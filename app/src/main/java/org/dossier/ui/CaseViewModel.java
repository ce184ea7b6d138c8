package org.dossier.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.dossier.app.Services;
import org.dossier.ingest.ImportProgress;
import org.dossier.model.CaseStats;
import org.dossier.model.ImportSummary;
import org.dossier.model.Item;
import org.dossier.model.SearchHit;
import org.dossier.store.CaseFile;
import org.dossier.search.SearchService;
import org.dossier.store.ItemReader;

/** State and commands of an open case; the view only binds to it. */
final class CaseViewModel {
    private static final int SEARCH_LIMIT = 200;

    private final Services services;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reader = new ReadOnlyStringWrapper("");
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private Task<?> running;

    CaseViewModel(Services services, CaseFile caseFile, BackgroundWork work) {
        this.services = services;
        this.caseFile = caseFile;
        this.work = work;
        refreshSummary();
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

    ReadOnlyStringProperty readerProperty() {
        return reader.getReadOnlyProperty();
    }

    StringProperty queryProperty() {
        return query;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    ObservableList<SearchHit> hits() {
        return hits;
    }

    void search() {
        String text = query.get().strip();
        if (text.isEmpty()) {
            hits.clear();
            status.set("");
            return;
        }
        Task<SearchService.Results> task = task(() -> services.search().search(caseFile, text, SEARCH_LIMIT));
        task.setOnSucceeded(event -> {
            hits.setAll(task.getValue().hits());
            status.set(hits.isEmpty() ? "No hits for " + text : hits.size() + " hits for " + text
                    + (task.getValue().ranked() ? "" : " (" + SearchService.UNRANKED_NOTE + ")"));
        });
        work.run(task);
    }

    void open(SearchHit hit) {
        Task<Optional<Item>> task = task(() -> {
            try (ItemReader items = caseFile.newItemReader()) {
                return items.item(hit.itemId());
            }
        });
        task.setOnSucceeded(event -> reader.set(task.getValue().map(CaseViewModel::describe).orElse("")));
        work.run(task);
    }

    /** Imports on the background thread; {@link #cancel()} stops it, keeping what is done. */
    Task<ImportSummary> importPaths(List<Path> paths) {
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() {
                return services.importer().importInto(caseFile, paths, this::show);
            }

            private void show(ImportProgress progress) {
                updateMessage(progress.filesDone() + " of " + progress.filesFound()
                        + (progress.walkFinished() ? "" : "+") + " files: " + progress.currentPath());
                updateProgress(progress.filesDone(), progress.walkFinished() ? progress.filesFound() : -1);
            }
        };
        status.bind(task.messageProperty());
        busy.set(true);
        running = task;
        task.setOnSucceeded(event -> importEnded(task.getValue()));
        task.setOnCancelled(event -> importEnded(null));
        task.setOnFailed(event -> importEnded(null));
        return work.run(task);
    }

    void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void importEnded(ImportSummary summary) {
        status.unbind();
        busy.set(false);
        running = null;
        status.set(summary == null ? "Import stopped; import the same files again to finish it."
                : "Imported " + summary.imported() + " new files, " + summary.skippedDuplicates()
                + " already in the case, " + summary.failures().size() + " could not be read.");
        refreshSummary();
    }

    private void refreshSummary() {
        Task<CaseStats> task = task(caseFile::stats);
        task.setOnSucceeded(event -> {
            CaseStats stats = task.getValue();
            summary.set(stats.sources() + " files · " + stats.documents() + " documents · " + stats.messages()
                    + " messages · " + stats.failed() + " could not be read");
        });
        work.run(task);
    }

    private static String describe(Item item) {
        String when = item.occurredAt() == null ? "" : item.occurredAt().local() + (item.occurredAt().zoneAssumed()
                ? " (zone assumed)" : "") + "\n";
        return item.heading() + "\n" + when
                + item.provenance().path() + (item.provenance().locator().isEmpty() ? "" : "  " + item.provenance().locator())
                + "\nsha256 " + item.provenance().sha256() + (item.mediaType() == null ? "" : " · " + item.mediaType())
                + "\n\n" + item.text();
    }

    private static <T> Task<T> task(java.util.concurrent.Callable<T> body) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return body.call();
            }
        };
    }

    void close() {
        caseFile.close();
    }
}
