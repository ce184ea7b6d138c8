package org.dossier.ui.intake;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dossier.model.FileFailure;
import org.dossier.model.ImportSummary;

/** What an import did, and every file it could not read with the reason, in text the reporter can copy. */
public final class ImportReport {
    private ImportReport() {
    }

    /**
     * @param zoneless how many of the case's conversations carried no time zone (WhatsApp, most logs)
     * @param zone     the case's zone, in which their times were read
     */
    public static void show(Window owner, ImportSummary summary, long zoneless, java.time.ZoneId zone) {
        Alert report = new Alert(summary.failures().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        report.initOwner(owner);
        report.setTitle("Import finished");
        report.setHeaderText(String.format("%,d files: %,d new, %,d already in the case, %,d could not be read%s",
                summary.files(), summary.imported(), summary.skippedDuplicates(), summary.failures().size(),
                summary.cancelled() ? " (cancelled: import again to finish)" : ""));
        VBox content = new VBox(6, new Label(String.format("%,d documents and %,d messages added.", summary.documents(),
                summary.messages())));
        if (zoneless > 0) {
            Label assumed = new Label(zoneless + (zoneless == 1 ? " conversation carries" : " conversations carry")
                    + " no time zone of its own: its times are read in " + zone.getId() + ", this case's zone, and each"
                    + " message says so. If the phone that exported it was set elsewhere, make a case in that zone for it.");
            assumed.setId("zone-assumed");
            assumed.setWrapText(true);
            content.getChildren().add(assumed);
        }
        if (!summary.failures().isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (FileFailure failure : summary.failures()) {
                lines.append(failure.path()).append("\n    ").append(failure.reason()).append('\n');
            }
            TextArea failures = new TextArea(lines.toString());
            failures.setId("import-failures");
            failures.setEditable(false);
            failures.setWrapText(true);
            failures.setPrefRowCount(Math.min(14, summary.failures().size() * 2 + 1));
            Button copy = new Button("Copy the list");
            copy.setOnAction(event -> {
                ClipboardContent text = new ClipboardContent();
                text.putString(lines.toString());
                Clipboard.getSystemClipboard().setContent(text);
            });
            content.getChildren().addAll(new Label("Not imported, and why (the originals are untouched):"), failures, copy);
        }
        content.setPadding(new Insets(4, 0, 0, 0));
        report.getDialogPane().setContent(content);
        report.getDialogPane().setPrefWidth(720);
        report.getButtonTypes().setAll(ButtonType.OK);
        report.show();
    }
}
