package org.dossier.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.dossier.extract.CaseExtraction;
import org.dossier.model.EntitySummary;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;

/**
 * The case's people, organisations and places, and the reporter's changes to them: merge, rename,
 * hide, watch. A merge counts at once; a new alias or watch is applied to every text by
 * re-extracting the case, which runs in the background and can be cancelled.
 */
final class EntitiesViewModel {
    private static final int LIMIT = 5000;

    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ObservableList<EntitySummary> entities = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty extracting = new SimpleBooleanProperty();
    private final BooleanProperty showHidden = new SimpleBooleanProperty();
    private Task<?> rerun;

    EntitiesViewModel(CaseFile caseFile, BackgroundWork work) {
        this.caseFile = caseFile;
        this.work = work;
        showHidden.addListener((property, was, now) -> reload());
    }

    ObservableList<EntitySummary> entities() {
        return entities;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    BooleanProperty extractingProperty() {
        return extracting;
    }

    BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    void reload() {
        Task<List<EntitySummary>> task = BackgroundWork.task(() -> {
            try (EntityStore store = caseFile.entities()) {
                return store.list(null, LIMIT);
            }
        });
        task.setOnSucceeded(event -> entities.setAll(task.getValue().stream().filter(e -> showHidden.get() || !e.hidden()).toList()));
        work.run(task);
    }

    /** Makes one entity of several: every other is merged into {@code keep}. */
    void merge(List<EntitySummary> merged, EntitySummary keep) {
        change("Merged " + merged.size() + " into " + keep.name(), store -> merged.stream().filter(e -> e.id() != keep.id())
                .forEach(e -> store.merge(e.id(), keep.id())));
    }

    void rename(EntitySummary entity, String name) {
        change("Renamed " + entity.name() + " to " + name + " (the old name stays an alias)", store -> store.rename(entity.id(), name));
    }

    void setHidden(List<EntitySummary> chosen, boolean hidden) {
        change((hidden ? "Hid " : "Showed ") + chosen.size() + " entities", store -> chosen.forEach(e -> store.setHidden(e.id(), hidden)));
    }

    void setWatched(List<EntitySummary> chosen, boolean watched) {
        change((watched ? "Watching " : "Stopped watching ") + chosen.size() + " entities; re-extract to find them by every alias",
                store -> chosen.forEach(e -> store.setWatched(e.id(), watched)));
    }

    /** Extracts every item again with what the case knows now. */
    void reextract(Runnable whenDone) {
        Task<CaseExtraction.Counts> task = new Task<>() {
            @Override
            protected CaseExtraction.Counts call() {
                return CaseExtraction.rerun(caseFile, items -> updateMessage("Re-extracting: " + String.format("%,d", items) + " items done"));
            }
        };
        status.bind(task.messageProperty());
        extracting.set(true);
        rerun = task;
        task.setOnSucceeded(event -> ended("Re-extracted " + String.format("%,d", task.getValue().items()) + " items: "
                + String.format("%,d", task.getValue().mentions()) + " mentions", whenDone));
        task.setOnCancelled(event -> ended("Re-extraction cancelled: the mentions are as they were", whenDone));
        task.setOnFailed(event -> ended("Re-extraction failed: " + task.getException().getMessage(), whenDone));
        work.runLong(task);
    }

    void cancelReextraction() {
        if (rerun != null) {
            rerun.cancel(true);
        }
    }

    private void ended(String message, Runnable whenDone) {
        status.unbind();
        status.set(message);
        extracting.set(false);
        rerun = null;
        reload();
        whenDone.run();
    }

    private void change(String done, Consumer<EntityStore> edit) {
        Task<Void> task = BackgroundWork.task(() -> {
            try (EntityStore store = caseFile.entities()) {
                edit.accept(store);
            }
            return null;
        });
        task.setOnSucceeded(event -> {
            status.set(done);
            reload();
        });
        task.setOnFailed(event -> status.set(task.getException().getMessage()));
        work.run(task);
    }
}
