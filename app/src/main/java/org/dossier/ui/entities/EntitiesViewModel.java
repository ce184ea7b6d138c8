package org.dossier.ui.entities;

import org.dossier.ui.common.BackgroundWork;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dossier.extract.EntityService;
import org.dossier.model.EntitySummary;
import org.dossier.store.CaseFile;

/**
 * The case's people, organisations and places, and the reporter's changes to them: merge, rename,
 * hide, watch. A merge counts at once; a new alias or watch is applied to every text by
 * re-extracting the case, which runs in the background and can be cancelled.
 */
public final class EntitiesViewModel {
    private static final int LIMIT = 5000;

    private final EntityService service;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ObservableList<EntitySummary> entities = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty extracting = new SimpleBooleanProperty();
    private final BooleanProperty showHidden = new SimpleBooleanProperty();
    private BackgroundWork.Pending rerun;

    public EntitiesViewModel(EntityService service, CaseFile caseFile, BackgroundWork work) {
        this.service = service;
        this.caseFile = caseFile;
        this.work = work;
        showHidden.addListener((property, was, now) -> reload());
    }

    public ObservableList<EntitySummary> entities() {
        return entities;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty extractingProperty() {
        return extracting;
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public void reload() {
        work.read(() -> service.list(caseFile, null, LIMIT),
                found -> entities.setAll(found.stream().filter(e -> showHidden.get() || !e.hidden()).toList()));
    }

    /** Makes one entity of several: every other is merged into {@code keep}. */
    public void merge(List<EntitySummary> merged, EntitySummary keep) {
        List<Long> others = merged.stream().map(EntitySummary::id).filter(id -> id != keep.id()).toList();
        change("Merged " + merged.size() + " into " + keep.name(), () -> service.merge(caseFile, others, keep.id()));
    }

    public void rename(EntitySummary entity, String name) {
        change("Renamed " + entity.name() + " to " + name + " (the old name stays an alias)", () -> service.rename(caseFile, entity.id(), name));
    }

    public void setHidden(List<EntitySummary> chosen, boolean hidden) {
        change((hidden ? "Hid " : "Showed ") + chosen.size() + " entities", () -> service.setHidden(caseFile, ids(chosen), hidden));
    }

    public void setWatched(List<EntitySummary> chosen, boolean watched) {
        change((watched ? "Watching " : "Stopped watching ") + chosen.size() + " entities; re-extract to find them by every alias",
                () -> service.setWatched(caseFile, ids(chosen), watched));
    }

    /** Extracts every item again with what the case knows now. */
    public void reextract(Runnable whenDone) {
        extracting.set(true);
        rerun = work.longRun(shown -> service.reextract(caseFile, items -> shown.update("Re-extracting: " + String.format("%,d", items)
                        + " items done", items, -1)), (message, done, of) -> status.set(message),
                counts -> ended("Re-extracted " + String.format("%,d", counts.items()) + " items: " + String.format("%,d", counts.mentions())
                        + " mentions", whenDone),
                failure -> ended("Re-extraction failed: " + failure.getMessage(), whenDone),
                () -> ended("Re-extraction cancelled: the mentions are as they were", whenDone));
    }

    public void cancelReextraction() {
        if (rerun != null) {
            rerun.stop();
        }
    }

    private void ended(String message, Runnable whenDone) {
        status.set(message);
        extracting.set(false);
        rerun = null;
        reload();
        whenDone.run();
    }

    private void change(String done, Runnable edit) {
        work.read(() -> {
            edit.run();
            return done;
        }, said -> {
            status.set(said);
            reload();
        }, error -> status.set(error.getMessage()));
    }

    private static List<Long> ids(List<EntitySummary> chosen) {
        return chosen.stream().map(EntitySummary::id).toList();
    }
}
