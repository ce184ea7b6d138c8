package org.dossier.ui.reader;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dossier.model.Item;
import org.dossier.reading.CopyDifferences;

/**
 * Under an item's provenance: the other paths its file was received under, and its near-copies,
 * each to open or to compare with it. Hidden when the item has neither.
 */
final class CopiesBar extends HBox {
    private final ReaderViewModel model;
    private final Label paths = new Label();
    private final MenuButton copies = new MenuButton();

    CopiesBar(ReaderViewModel model) {
        super(8);
        this.model = model;
        setId("copies");
        setAlignment(Pos.CENTER_LEFT);
        paths.getStyleClass().add("provenance");
        paths.setWrapText(true);
        paths.setMinWidth(0);
        HBox.setHgrow(paths, Priority.ALWAYS);
        copies.setId("near-copies");
        getChildren().setAll(copies, paths);
        model.receivedAs().addListener((ListChangeListener<String>) change -> update());
        model.nearCopies().addListener((ListChangeListener<Item>) change -> update());
        update();
    }

    private void update() {
        int others = Math.max(0, model.receivedAs().size() - 1);
        paths.setText(others == 0 ? "" : "Also received as: " + String.join(" · ", model.receivedAs().subList(1, model.receivedAs().size())));
        copies.setText(model.nearCopies().size() == 1 ? "1 near-copy" : model.nearCopies().size() + " near-copies");
        copies.getItems().clear();
        for (Item copy : model.nearCopies()) {
            String name = copy.heading() + " — " + Path.of(copy.provenance().path()).getFileName();
            MenuItem open = new MenuItem("Open " + name);
            open.setOnAction(event -> model.openItem(copy.id(), 0, 0));
            MenuItem compare = new MenuItem("Compare with " + name);
            compare.setOnAction(event -> model.compareWith(copy.id(), differences -> show(copy, differences)));
            if (!copies.getItems().isEmpty()) {
                copies.getItems().add(new SeparatorMenuItem());
            }
            copies.getItems().addAll(open, compare);
        }
        copies.setVisible(!model.nearCopies().isEmpty());
        copies.setManaged(!model.nearCopies().isEmpty());
        boolean shown = others > 0 || !model.nearCopies().isEmpty();
        setVisible(shown);
        setManaged(shown);
    }

    private void show(Item copy, CopyDifferences differences) {
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        dialog.setTitle("What differs");
        dialog.setHeaderText("Lines one copy has and the other has not (spaces aside)");
        TextArea mine = area(differences.onlyInFirst());
        TextArea theirs = area(differences.onlyInSecond());
        HBox both = new HBox(8, new VBox(4, new Label("Only in this one"), mine),
                new VBox(4, new Label("Only in " + Path.of(copy.provenance().path()).getFileName()), theirs));
        dialog.getDialogPane().setContent(both);
        dialog.getDialogPane().setPrefWidth(900);
        dialog.initOwner(getScene().getWindow());
        dialog.show();
    }

    private static TextArea area(java.util.List<String> lines) {
        TextArea area = new TextArea(lines.isEmpty() ? "(nothing)" : String.join("\n", lines));
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(18);
        area.setPrefColumnCount(40);
        return area;
    }
}
