package org.dossier.ui.timeline;

import org.dossier.ui.common.Dialogs;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the day and the title of an event the reporter adds by hand. */
final class AddEventDialog {
    private AddEventDialog() {
    }

    record Answer(LocalDate day, String title) {
    }

    static Optional<Answer> ask(Window owner) {
        Dialog<Answer> dialog = Dialogs.create(owner, "Add an event",
                "An event the evidence does not date itself (a call, a meeting), on a day in the case's zone");
        DatePicker day = new DatePicker();
        day.setId("event-day");
        TextField title = new TextField();
        title.setId("event-name");
        title.setPromptText("What happened");
        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Day"), day);
        form.addRow(1, new Label("What"), title);
        Dialogs.okCancel(dialog, form, day.valueProperty().isNull().or(title.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Answer(day.getValue(), title.getText()) : null);
        return dialog.showAndWait();
    }
}
