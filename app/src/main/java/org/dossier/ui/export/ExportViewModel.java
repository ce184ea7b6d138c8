package org.dossier.ui.export;

import org.dossier.ui.common.BackgroundWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dossier.export.ExportService;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.export.RedactionPlace;
import org.dossier.export.RedactionPreview;
import org.dossier.model.Actor;
import org.dossier.model.Redaction;
import org.dossier.store.CaseFile;

/**
 * What File ▸ Export… is about to write: the story timeline or the source memo, its format, whether
 * unapproved claims go in; the case's redactions, and the preview of every place this export will
 * redact, read again whenever one of those changes.
 */
public final class ExportViewModel {
    /** What can be exported. */
    public enum What {
        TIMELINE("The story timeline", "story", List.of(TimelineFormat.values())),
        MEMO("The source memo", "source-memo", List.of(TimelineFormat.HTML, TimelineFormat.PDF));

        private final String label;
        private final String fileSuffix;
        private final List<TimelineFormat> formats;

        What(String label, String fileSuffix, List<TimelineFormat> formats) {
            this.label = label;
            this.fileSuffix = fileSuffix;
            this.formats = formats;
        }

        List<TimelineFormat> formats() {
            return formats;
        }

        String fileSuffix() {
            return fileSuffix;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ExportService exporter;
    private final ObservableValue<Actor> actor;
    private final Consumer<String> status;
    private final ObjectProperty<What> what = new SimpleObjectProperty<>(What.TIMELINE);
    private final ObjectProperty<TimelineFormat> format = new SimpleObjectProperty<>(TimelineFormat.HTML);
    private final BooleanProperty includeUnapproved = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<Redaction> redactions = FXCollections.observableArrayList();
    private final ObservableList<String> confidentialSources = FXCollections.observableArrayList();
    private final ObservableList<RedactionPlace> places = FXCollections.observableArrayList();
    private final ObservableList<String> pictures = FXCollections.observableArrayList();

    public ExportViewModel(CaseFile caseFile, BackgroundWork work, ExportService exporter, ObservableValue<Actor> actor,
                    Consumer<String> status) {
        this.caseFile = caseFile;
        this.work = work;
        this.exporter = exporter;
        this.actor = actor;
        this.status = status;
        what.addListener((property, old, chosen) -> {
            if (!chosen.formats().contains(format.get())) {
                format.set(TimelineFormat.HTML);
            }
            refresh();
        });
        includeUnapproved.addListener(observable -> refresh());
    }

    public ObjectProperty<What> whatProperty() {
        return what;
    }

    public ObjectProperty<TimelineFormat> formatProperty() {
        return format;
    }

    public BooleanProperty includeUnapprovedProperty() {
        return includeUnapproved;
    }

    /** The story's title as every export prints it; empty until the reporter types one (exports then say "Untitled story"). */
    public StringProperty titleProperty() {
        return title;
    }

    /** Reads the story's title, in the background. */
    public void loadTitle() {
        work.read(() -> exporter.storyTitle(caseFile).orElse(""), value -> title.set(value));
    }

    public ObservableList<Redaction> redactions() {
        return redactions;
    }

    /** The case's confidential sources: every export hides what identifies them, marked or not. */
    public ObservableList<String> confidentialSources() {
        return confidentialSources;
    }

    /** Every place the export as chosen will redact. */
    public ObservableList<RedactionPlace> places() {
        return places;
    }

    /** The pictures the export embeds, re-encoded without their metadata: the reporter checks what they show by eye. */
    /** What this export cannot hide, said before it is written; empty when there is nothing to say. */
    public StringBinding cautions() {
        return Bindings.createStringBinding(() -> {
            List<String> cautions = new ArrayList<>();
            if (places.stream().anyMatch(RedactionPlace::marksWords)) {
                cautions.add("Redaction hides words from readers who do not hold the originals: whoever has the file an excerpt comes from "
                        + "can read what is redacted in it.");
            }
            if (what.get() == What.MEMO && !confidentialSources.isEmpty()) {
                cautions.add("The memo quotes " + String.join(" and ", confidentialSources) + " word for word, which identifies them to "
                        + "anyone who holds those messages: give it only to the editors and lawyers it is for.");
            }
            return String.join(" ", cautions);
        }, places, confidentialSources, what);
    }

    public ObservableList<String> pictures() {
        return pictures;
    }

    /** Reads the redactions and the preview again, in the background. */
    public void refresh() {
        What chosen = what.get();
        boolean all = includeUnapproved.get();
        work.read(() -> new Preview(exporter.redactions(caseFile), exporter.confidentialSources(caseFile),
                chosen == What.MEMO ? exporter.previewMemo(caseFile, all) : exporter.previewTimeline(caseFile)), value -> {
            if (!redactions.equals(value.redactions())) {
                redactions.setAll(value.redactions()); // only when changed: a refresh keeps the reporter's selection
            }
            confidentialSources.setAll(value.confidentialSources());
            places.setAll(value.preview().places());
            pictures.setAll(value.preview().pictures());
        });
    }

    /** Marks words to redact from every export. */
    public void redactTerm(String term) {
        change(() -> exporter.redactTerm(caseFile, actor.getValue(), term), "Every export now redacts “" + term.strip() + "”");
    }

    /** Marks an entity, under every name and written form, to redact from every export. */
    public void redactEntity(long entityId, String name) {
        change(() -> exporter.redactEntity(caseFile, actor.getValue(), entityId), "Every export now redacts " + name
                + " under every name the case knows");
    }

    public void unredact(Redaction redaction) {
        change(() -> exporter.unredact(caseFile, actor.getValue(), redaction.id()), "Exports no longer redact " + redaction.label());
    }

    /** Writes the export as chosen in the background and says where it went, or why it could not. */
    public void export(Path target) {
        What chosen = what.get();
        TimelineFormat as = format.get();
        boolean all = includeUnapproved.get();
        String titled = title.get();
        status.accept("Exporting to " + target + "…");
        work.read(() -> {
            exporter.setStoryTitle(caseFile, titled);
            return chosen == What.MEMO ? exporter.exportMemo(caseFile, MemoFormat.valueOf(as.name()), all, target)
                    : exporter.exportTimeline(caseFile, as, target);
        }, written -> status.accept("Exported " + written + (chosen == What.MEMO ? " claims" : " events") + " to " + target),
                error -> status.accept("The export failed: " + error.getMessage()));
    }

    private void change(Runnable change, String done) {
        work.read(() -> {
            change.run();
            return null;
        }, value -> {
            status.accept(done);
            refresh();
        }, error -> status.accept("Cannot change the redactions: " + error.getMessage()));
    }

    private record Preview(List<Redaction> redactions, List<String> confidentialSources, RedactionPreview preview) {
    }
}
