package org.dossier.ui.claims;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;

/** The case's audit log, read-only: who changed which row of claims, evidence, reviews or sources, when, before and after. */
final class AuditLogDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private AuditLogDialog() {
    }

    static void show(Window owner, List<AuditEntry> entries, ObservableValue<Actor> actor) {
        TableView<AuditEntry> table = new TableView<>();
        table.setId("audit-log");
        table.setEditable(false);
        table.getItems().setAll(entries);
        java.util.Collections.reverse(table.getItems());
        table.getColumns().add(column("When", 150, entry -> WHEN.format(entry.at())));
        table.getColumns().add(column("Who", 130, AuditEntry::actor));
        table.getColumns().add(column("Role", 70, entry -> entry.role().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("Did", 110, entry -> entry.action() + " " + entry.table().replace('_', ' ') + " " + entry.rowId()));
        table.getColumns().add(column("Before", 260, entry -> entry.before() == null ? "" : entry.before()));
        table.getColumns().add(column("After", 260, entry -> entry.after() == null ? "" : entry.after()));
        table.setPrefSize(1000, 460);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Audit log");
        dialog.setHeaderText(entries.size() + " changes, newest first. The log is append-only: neither Dossier nor anything else"
                + " writing the case file can change or delete a line. (Seen by " + actor.getValue().name() + ".)");
        dialog.getDialogPane().setContent(table);
        dialog.setResizable(true);
        dialog.show();
    }

    private static TableColumn<AuditEntry, String> column(String name, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
