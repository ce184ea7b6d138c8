package org.dossier.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dossier.export.ExportService.TimelineFormat;

/** Asks what to export and where: the story timeline as HTML, TimelineJS JSON or CSV. */
final class ExportDialog {
    private ExportDialog() {
    }

    record Answer(TimelineFormat format, Path target) {
    }

    static Optional<Answer> ask(Window owner, String caseName) {
        Dialog<TimelineFormat> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("The story timeline: each pinned event with its headline, note, quoted excerpt and citation");
        ChoiceBox<TimelineFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(TimelineFormat.values());
        format.setValue(TimelineFormat.HTML);
        format.setConverter(Dialogs.named(ExportDialog::describe));
        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Format"), format);
        Dialogs.okCancel(dialog, form, format.valueProperty().isNull());
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK ? format.getValue() : null);
        return dialog.showAndWait().flatMap(chosen -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the story timeline");
            String extension = extension(chosen);
            chooser.setInitialFileName(caseName + "-story." + extension);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(chosen), "*." + extension));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(target -> new Answer(chosen, target.toPath()));
        });
    }

    static String extension(TimelineFormat format) {
        return switch (format) {
            case HTML -> "html";
            case TIMELINEJS -> "json";
            case CSV -> "csv";
        };
    }

    private static String describe(TimelineFormat format) {
        return switch (format) {
            case HTML -> "A web page (self-contained, prints)";
            case TIMELINEJS -> "TimelineJS JSON (Knight Lab)";
            case CSV -> "CSV for spreadsheets";
        } + " · ." + extension(format).toLowerCase(Locale.ROOT);
    }
}
