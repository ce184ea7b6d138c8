package org.dossier.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Messages to the user: what happened, and what to do about it. */
final class Dialogs {
    private Dialogs() {
    }

    static void showError(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Dossier");
        alert.setHeaderText(what);
        alert.setContentText(error.getMessage() == null ? error.toString() : error.getMessage());
        alert.show();
    }
}
