package org.dossier.ui.shell;

import org.dossier.ui.common.Dialogs;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.dossier.model.DateOrder;

/**
 * What a new case must know before evidence comes in: the zone for times written without one
 * (WhatsApp, most logs) and how its dates like 03/04/2023 are written.
 */
final class NewCaseDialog {
    private NewCaseDialog() {
    }

    record Answer(ZoneId zone, DateOrder dateOrder) {
    }

    static Optional<Answer> ask(Window owner, String caseName) {
        Dialog<Answer> dialog = Dialogs.create(owner, "New case",
                "How should " + caseName + " read times and dates that do not say?");
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("new-case-zone");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        ChoiceBox<DateOrder> order = new ChoiceBox<>();
        order.getItems().setAll(DateOrder.values());
        order.setValue(DateOrder.DMY);
        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Time zone of the evidence"), zone);
        form.addRow(1, new Label("Dates such as 03/04/2023"), order);
        form.add(new Label("DMY: 3 April (most of the world) · MDY: March 4 (US) · YMD"), 1, 2);
        Dialogs.okCancel(dialog, form, zone.valueProperty().map(id -> !ZoneId.getAvailableZoneIds().contains(id)));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Answer(ZoneId.of(zone.getValue()), order.getValue()) : null);
        return dialog.showAndWait();
    }
}
