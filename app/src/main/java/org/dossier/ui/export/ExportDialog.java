package org.dossier.ui.export;

import org.dossier.ui.common.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.export.RedactionPlace;
import org.dossier.model.Redaction;

/**
 * Asks what to export, in which format, and where; shows what every export redacts (a reporter adds
 * words there, or entities from the Entities tab) and previews each place this export will redact.
 */
public final class ExportDialog {
    private ExportDialog() {
    }

    /** Asks, then writes the export through the model; the file chosen, if any. */
    public static Optional<Path> ask(Window owner, ExportViewModel model) {
        Dialog<ButtonType> dialog = Dialogs.resizable(owner, "Export",
                "What leaves Dossier: the story timeline for readers, or the source memo for editors and lawyers");

        ChoiceBox<ExportViewModel.What> what = new ChoiceBox<>();
        what.setId("export-what");
        what.getItems().setAll(ExportViewModel.What.values());
        what.valueProperty().bindBidirectional(model.whatProperty());
        ChoiceBox<TimelineFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.setConverter(Dialogs.named(ExportDialog::describe));
        format.getItems().setAll(model.whatProperty().get().formats());
        what.valueProperty().addListener((property, old, chosen) -> {
            // Replacing a choice box's items clears its value, and through the binding the model's.
            TimelineFormat kept = model.formatProperty().get();
            format.getItems().setAll(chosen.formats());
            format.setValue(chosen.formats().contains(kept) ? kept : TimelineFormat.HTML);
        });
        format.valueProperty().bindBidirectional(model.formatProperty());
        CheckBox unapproved = new CheckBox("Include claims not approved yet (the memo says so in its header)");
        unapproved.setId("export-unapproved");
        unapproved.selectedProperty().bindBidirectional(model.includeUnapprovedProperty());
        unapproved.disableProperty().bind(model.whatProperty().isNotEqualTo(ExportViewModel.What.MEMO));

        TextField title = new TextField();
        title.setId("export-title");
        title.setPromptText("Untitled story (exports never carry the case file's name)");
        title.textProperty().bindBidirectional(model.titleProperty());

        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Export"), what);
        form.addRow(1, new Label("Format"), format);
        form.add(unapproved, 1, 2);
        form.addRow(3, new Label("Story's title"), title);
        VBox content = new VBox(8, form, redactions(model), preview(model));
        content.setPrefWidth(880);
        Dialogs.okCancel(dialog, content, format.valueProperty().isNull());
        // Typing goes to the title, not to the default button; after the dialog's own first focus, hence later.
        dialog.setOnShown(event -> Platform.runLater(title::requestFocus));
        model.loadTitle();
        model.refresh();
        Optional<Path> target = dialog.showAndWait().filter(ButtonType.OK::equals).flatMap(ok -> {
            TimelineFormat chosen = model.formatProperty().get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + model.whatProperty().get().toString().toLowerCase(Locale.ROOT));
            chooser.setInitialFileName(model.whatProperty().get().fileSuffix() + "." + extension(chosen));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(chosen), "*." + extension(chosen)));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        });
        target.ifPresent(model::export);
        return target;
    }

    /** The case's redactions, one to take off at a time, and a field to add words. */
    private static VBox redactions(ExportViewModel model) {
        ListView<Redaction> list = new ListView<>(model.redactions());
        list.setId("redactions");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("Nothing is redacted. Mark a person or a number in the Entities tab, or type words below."));
        list.setCellFactory(textCells(redaction -> redaction.label() + (redaction.terms().size() > 1
                ? "   (also as " + String.join(", ", redaction.terms().stream().filter(t -> !t.equals(redaction.label())).toList()) + ")"
                : "")));
        Button takeOff = new Button("Take off");
        takeOff.setId("unredact");
        takeOff.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        takeOff.setOnAction(event -> model.unredact(list.getSelectionModel().getSelectedItem()));
        TextField words = new TextField();
        words.setId("redact-words");
        words.setPromptText("A name or a number to redact from every export");
        HBox.setHgrow(words, Priority.ALWAYS);
        Button add = new Button("Redact");
        add.setId("redact-add");
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> words.getText().isBlank(), words.textProperty()));
        add.setOnAction(event -> {
            model.redactTerm(words.getText());
            words.clear();
        });
        words.setOnAction(event -> add.fire());
        Label sources = new Label();
        sources.setId("confidential-hidden");
        sources.setWrapText(true);
        sources.setMinHeight(Region.USE_PREF_SIZE);
        sources.textProperty().bind(Bindings.createStringBinding(() -> "Also hidden in every export: whatever identifies "
                + (model.confidentialSources().size() == 1 ? "the confidential source " : "the confidential sources ")
                + String.join(", ", model.confidentialSources()) + " (the identity you recorded, and whoever wrote what they are quoted"
                + " from). Their excerpts are cited by pseudonym only.", model.confidentialSources()));
        sources.visibleProperty().bind(Bindings.isNotEmpty(model.confidentialSources()));
        sources.managedProperty().bind(sources.visibleProperty());
        return new VBox(6, new Label("Redacted in every export, in excerpts and metadata alike"), list,
                new HBox(6, words, add, takeOff), sources);
    }

    /** Each place this export will redact, as it will read. */
    private static VBox preview(ExportViewModel model) {
        ListView<RedactionPlace> list = new ListView<>(model.places());
        list.setId("redaction-preview");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("This export redacts nothing."));
        list.setCellFactory(textCells(place -> place.where() + ":  …" + place.shown() + "…   (" + place.found() + ")"));
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> "Preview: this export will redact " + model.places().size()
                + (model.places().size() == 1 ? " place" : " places"), model.places()));
        Label pictures = new Label();
        pictures.setId("pictures-to-check");
        pictures.setWrapText(true);
        pictures.getStyleClass().add("export-warning");
        pictures.textProperty().bind(Bindings.createStringBinding(() -> "Pictures go in re-encoded, their metadata (EXIF, XMP, "
                + "comments) removed; Dossier cannot redact what they show. Check each by eye: " + String.join("; ", model.pictures()),
                model.pictures()));
        pictures.visibleProperty().bind(Bindings.isNotEmpty(model.pictures()));
        pictures.managedProperty().bind(pictures.visibleProperty());
        Label cautions = new Label();
        cautions.setId("export-cautions");
        cautions.setWrapText(true);
        cautions.getStyleClass().add("export-warning");
        cautions.setMinHeight(Region.USE_PREF_SIZE);
        cautions.textProperty().bind(model.cautions());
        cautions.visibleProperty().bind(cautions.textProperty().isNotEmpty());
        cautions.managedProperty().bind(cautions.visibleProperty());
        return new VBox(6, count, list, pictures, cautions);
    }

    /** List cells that show each item as a line of text. */
    private static <T> Callback<ListView<T>, ListCell<T>> textCells(Function<T, String> text) {
        return view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static String extension(TimelineFormat format) {
        return switch (format) {
            case HTML -> "html";
            case TIMELINEJS -> "json";
            case CSV -> "csv";
            case PDF -> "pdf";
        };
    }

    private static String describe(TimelineFormat format) {
        return switch (format) {
            case HTML -> "A web page (self-contained, prints)";
            case TIMELINEJS -> "TimelineJS JSON (Knight Lab)";
            case CSV -> "CSV for spreadsheets";
            case PDF -> "PDF (A4, fonts embedded)";
        } + " · ." + extension(format);
    }
}
