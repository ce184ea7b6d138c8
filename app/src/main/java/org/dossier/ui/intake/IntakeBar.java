package org.dossier.ui.intake;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom of an open case: what is happening, and while evidence comes in, how far it has come and a Stop. */
public final class IntakeBar {
    private IntakeBar() {
    }

    /** The status line, the progress of an import or of the pass behind it, and its Stop. */
    public static HBox of(StringProperty said, IntakeViewModel model) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(said.map(text -> text.isEmpty() && !model.importingProperty().get()
                ? "Drop files or folders on the window to import them." : text));
        status.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        BooleanBinding busy = model.importingProperty().or(model.passRunningProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        Button cancel = new Button();
        cancel.setId("cancel-import");
        cancel.textProperty().bind(Bindings.when(model.importingProperty()).then("Cancel import").otherwise("Stop"));
        Tooltip importing = new Tooltip("Stops after the files in hand; what is imported stays, and importing again finishes it");
        Tooltip extracting = new Tooltip("Stops after the items in hand; what was found stays, and the rest is found next time");
        cancel.tooltipProperty().bind(Bindings.when(model.importingProperty()).then(importing).otherwise(extracting));
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        cancel.setOnAction(event -> model.cancel());
        HBox bar = new HBox(8, status, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

}
