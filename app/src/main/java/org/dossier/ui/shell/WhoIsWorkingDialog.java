package org.dossier.ui.shell;

import org.dossier.ui.common.Dialogs;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.dossier.model.Actor;

/**
 * Asks who is working: a name and a role. Every change to claims, evidence and reviews is recorded
 * under it, and only an editor approves claims.
 */
final class WhoIsWorkingDialog {
    private WhoIsWorkingDialog() {
    }

    static Optional<Actor> ask(Window owner, Actor current) {
        Dialog<Actor> dialog = Dialogs.create(owner, "Who is working",
                "Your name and role go with every claim, excerpt and review you add: the case's audit log records them");
        TextField name = new TextField(current.name());
        name.setId("actor-name");
        ToggleGroup roles = new ToggleGroup();
        RadioButton reporter = new RadioButton("Reporter: sources claims");
        reporter.setId("role-reporter");
        RadioButton editor = new RadioButton("Editor: also approves claims or sends them back");
        editor.setId("role-editor");
        reporter.setToggleGroup(roles);
        editor.setToggleGroup(roles);
        (current.isEditor() ? editor : reporter).setSelected(true);
        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Role"), new HBox(16, reporter, editor));
        Dialogs.okCancel(dialog, form, name.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Actor(name.getText(), editor.isSelected() ? Actor.Role.EDITOR : Actor.Role.REPORTER) : null);
        dialog.setOnShown(event -> name.requestFocus());
        return dialog.showAndWait();
    }
}
