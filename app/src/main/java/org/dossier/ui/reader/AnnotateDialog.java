package org.dossier.ui.reader;

import org.dossier.ui.common.Dialogs;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/** Asks for the tags and the note of a selection; tags complete from those the case has. */
final class AnnotateDialog {
    private AnnotateDialog() {
    }

    record Answer(List<String> tags, String note) {
    }

    static Optional<Answer> ask(Window owner, String selection, List<String> knownTags) {
        Dialog<Answer> dialog = Dialogs.create(owner, "Tag or note",
                "“" + (selection.length() > 120 ? selection.substring(0, 120) + "…" : selection) + "”");
        TextField tags = new TextField();
        tags.setId("annotation-tags");
        tags.setPromptText("tags, separated by commas: suspension, legal");
        TextFields.bindAutoCompletion(tags, request -> {
            String typed = request.getUserText();
            String last = typed.substring(typed.lastIndexOf(',') + 1).strip();
            String before = typed.substring(0, typed.lastIndexOf(',') + 1);
            return knownTags.stream().filter(tag -> !last.isEmpty() && tag.startsWith(last))
                    .map(tag -> before + (before.isEmpty() ? "" : " ") + tag).toList();
        });
        TextArea note = new TextArea();
        note.setId("annotation-note");
        note.setPromptText("A note (optional)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        VBox content = new VBox(6, new Label("Tags"), tags, new Label("Note"), note);
        content.setPadding(new Insets(10));
        Dialogs.okCancel(dialog, content, tags.textProperty().isEmpty().and(note.textProperty().isEmpty()));
        dialog.setOnShown(event -> tags.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Answer(Arrays.stream(tags.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                note.getText())
                : null);
        return dialog.showAndWait();
    }
}
