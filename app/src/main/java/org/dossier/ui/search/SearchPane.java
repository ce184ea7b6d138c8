package org.dossier.ui.search;

import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.SearchHit;
import org.dossier.model.Span;
import org.dossier.ui.common.EvidenceDrag;

/**
 * The search of an open case: the search bar with its filters, and the list of hits (each can be
 * dragged onto a claim). Enter searches, Escape clears; selecting a hit opens it.
 */
public final class SearchPane {
    private final SearchViewModel model;
    private final BiConsumer<SearchHit, Boolean> open;
    private final TextField search = new TextField();

    /** @param open opens a hit in the reader; told whether the reader should take the keyboard (Enter) */
    public SearchPane(SearchViewModel model, BiConsumer<SearchHit, Boolean> open) {
        this.model = model;
        this.open = open;
    }

    /** The search field and its button above the filters. */
    public VBox bar() {
        search.setId("search");
        search.setPromptText("Search documents and messages, English or 中文 (Ctrl+F)");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(event -> model.search());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
                model.search();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button go = new Button("Search");
        go.setOnAction(event -> model.search());
        return new VBox(6, new HBox(8, search, go), filters());
    }

    /** Puts the keyboard in the search field, its words selected (Ctrl+F, Ctrl+K). */
    public void focus() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox filters() {
        ChoiceBox<SearchViewModel.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(SearchViewModel.Kind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setId("filter-kind");
        ComboBox<String> conversation = new ComboBox<>(model.conversations());
        conversation.setPromptText("Any conversation");
        conversation.setPrefWidth(170);
        conversation.valueProperty().bindBidirectional(model.conversationProperty());
        ComboBox<String> author = new ComboBox<>(model.authors());
        author.setPromptText("Any author");
        author.setPrefWidth(170);
        author.valueProperty().bindBidirectional(model.authorProperty());
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.setPrefWidth(125);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("To");
        to.setPrefWidth(125);
        to.valueProperty().bindBidirectional(model.toProperty());
        Button clear = new Button("Clear filters");
        clear.setOnAction(event -> {
            model.kindProperty().set(SearchViewModel.Kind.ALL);
            model.conversationProperty().set(null);
            model.authorProperty().set(null);
            model.fromProperty().set(null);
            model.toProperty().set(null);
        });
        HBox bar = new HBox(8, new Label("Show"), kind, conversation, author, from, to, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filters");
        return bar;
    }

    /** The hits, and what the list holds; selecting one opens it. */
    public VBox hitList() {
        Label listing = new Label();
        listing.setId("listing");
        listing.setWrapText(true);
        listing.textProperty().bind(model.listingProperty());
        ListView<SearchHit> hits = new ListView<>(model.hits());
        hits.setId("hits");
        hits.setPlaceholder(new Label("Search above, or double-click an entity,\nto list what mentions it."));
        hits.setCellFactory(list -> {
            HitCell cell = new HitCell();
            EvidenceDrag.offer(cell, () -> cell.getItem() == null ? null : new EvidenceDrag.Dragged(cell.getItem().itemId(), null));
            return cell;
        });
        hits.getSelectionModel().selectedItemProperty().addListener((property, old, hit) -> {
            if (hit != null) {
                open.accept(hit, false);
            }
        });
        hits.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                open.accept(hits.getSelectionModel().getSelectedItem(), true);
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        VBox box = new VBox(4, listing, hits);
        box.setPadding(new Insets(4, 0, 0, 0));
        listing.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    /** A hit: heading, snippet with the matches in bold, when and where it came from. */
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
            Label title = new Label(hit.heading() + (hit.copies() > 1 ? "  ·  one of " + hit.copies() + " near-copies" : ""));
            title.getStyleClass().add("hit-title");
            TextFlow snippet = new TextFlow();
            int at = 0;
            for (Span match : hit.highlights()) {
                snippet.getChildren().add(piece(hit.snippet().substring(at, match.start()), false));
                snippet.getChildren().add(piece(hit.snippet().substring(match.start(), match.end()), true));
                at = match.end();
            }
            snippet.getChildren().add(piece(hit.snippet().substring(at), false));
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

        private static Text piece(String text, boolean match) {
            Text piece = new Text(text);
            piece.getStyleClass().add(match ? "hit-match" : "hit-text");
            return piece;
        }
    }
}
