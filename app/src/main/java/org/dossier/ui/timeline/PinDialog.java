package org.dossier.ui.timeline;

import org.dossier.ui.common.Dialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dossier.model.StoryText;

/**
 * Asks what the story says of an event: a headline, a note, and a picture or a link to show with
 * it. A media that is neither a web address nor a file that exists is refused before it is stored,
 * so an export never finds it missing.
 */
final class PinDialog {
    private PinDialog() {
    }

    /** @param current what the story says now (to edit it), or a headline to start from */
    static Optional<StoryText> ask(Window owner, String title, StoryText current) {
        Dialog<StoryText> dialog = Dialogs.create(owner, title,
                "What the story timeline says of this event; its source stays linked to it");
        TextField headline = new TextField(current.headline());
        headline.setId("pin-headline");
        headline.setPrefColumnCount(40);
        TextArea note = new TextArea(current.note() == null ? "" : current.note());
        note.setId("pin-note");
        note.setPromptText("Context for the story's reader (optional)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        TextField media = new TextField(current.media() == null ? "" : current.media());
        media.setId("pin-media");
        media.setPromptText("A picture or link: https://… or a file (optional)");
        Button choose = new Button("Choose file…");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("A picture or document to show with the event");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"),
                    new FileChooser.ExtensionFilter("Any file", "*"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                media.setText(file.getAbsolutePath());
            }
        });
        HBox mediaRow = new HBox(6, media, choose);
        HBox.setHgrow(media, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("pin-problem");
        problem.getStyleClass().add("source-failed");
        StringBinding mediaProblem = Bindings.createStringBinding(() -> problemWith(media.getText()), media.textProperty());
        problem.textProperty().bind(mediaProblem);

        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Headline"), headline);
        form.addRow(1, new Label("Note"), note);
        form.addRow(2, new Label("Media"), mediaRow);
        form.add(problem, 1, 3);
        Dialogs.okCancel(dialog, form, Bindings.createBooleanBinding(() -> headline.getText().isBlank() || !mediaProblem.get().isEmpty(),
                        headline.textProperty(), mediaProblem));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new StoryText(headline.getText(), note.getText(), media.getText()) : null);
        dialog.setOnShown(event -> headline.requestFocus());
        return dialog.showAndWait();
    }

    /** Why a media cannot be used, or "" when it can (or is left out). */
    static String problemWith(String media) {
        String value = media == null ? "" : media.strip();
        if (value.isEmpty() || value.startsWith("https://") || value.startsWith("http://")) {
            return "";
        }
        try {
            return Files.isRegularFile(Path.of(value)) ? "" : "No file at " + value;
        } catch (InvalidPathException e) {
            return "Neither a web address nor a file's path";
        }
    }
}
