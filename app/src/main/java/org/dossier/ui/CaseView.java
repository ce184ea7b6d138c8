package org.dossier.ui;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.dossier.model.SearchHit;
import org.dossier.search.SearchService;

/** An open case: its counts, a search over it, the text of the selected hit, and import. */
final class CaseView extends BorderPane {

    CaseView(CaseViewModel model) {
        setId("case");
        Label name = new Label(model.caseName());
        name.getStyleClass().add("case-name");
        Label summary = new Label();
        summary.setId("case-summary");
        summary.textProperty().bind(model.summaryProperty());

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search documents and messages (English or 中文)");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(event -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button importFolder = new Button("Import folder…");
        importFolder.setId("import-folder");
        importFolder.disableProperty().bind(model.busyProperty());
        importFolder.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.importPaths(List.of(folder.toPath()));
            }
        });
        HBox toolbar = new HBox(8, search, importFolder);
        VBox header = new VBox(6, new HBox(12, name, summary), toolbar);
        header.setPadding(new Insets(10));
        header.getStyleClass().add("header");
        setTop(header);

        ListView<SearchHit> hits = new ListView<>(model.hits());
        hits.setId("hits");
        hits.setPlaceholder(new Label("Type a word or a phrase above and press Enter."));
        hits.setCellFactory(list -> new HitCell());
        hits.getSelectionModel().selectedItemProperty().addListener((property, old, hit) -> {
            if (hit != null) {
                model.open(hit);
            }
        });
        TextArea reader = new TextArea();
        reader.setId("reader");
        reader.setEditable(false);
        reader.setWrapText(true);
        reader.textProperty().bind(model.readerProperty());
        SplitPane split = new SplitPane(hits, reader);
        split.setDividerPositions(0.45);
        setCenter(split);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-import");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());
        HBox statusBar = new HBox(8, status, progress, cancel);
        statusBar.setPadding(new Insets(4, 10, 4, 10));
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    /** A hit: title, snippet, where it came from. */
    private static final class HitCell extends ListCell<SearchHit> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        HitCell() {
            // The list decides the width; text wraps and paths clip instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.heading());
            title.getStyleClass().add("hit-title");
            Label snippet = new Label(SearchService.markedSnippet(hit));
            snippet.setWrapText(true);
            Label when = new Label(hit.occurredAt() == null ? "" : WHEN.format(hit.occurredAt().local()));
            when.getStyleClass().add("hit-source");
            when.setMinWidth(Region.USE_PREF_SIZE);
            when.setManaged(hit.occurredAt() != null); // no time: no gap before the path
            Label source = new Label(hit.provenance().path());
            source.getStyleClass().add("hit-source");
            // A long path keeps its file name: cut from the left.
            source.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            source.setMinWidth(0);
            HBox origin = new HBox(8, when, source);
            VBox card = new VBox(2, title, snippet, origin);
            card.setMinWidth(0);
            setGraphic(card);
        }
    }
}
