package org.dossier.ui;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.SearchHit;
import org.dossier.model.Span;

/**
 * An open case: the search bar with its filters above; the files, conversations and entities on
 * the left; the hits; the reader; import progress below. Ctrl+F or Ctrl+K goes to the search,
 * Enter opens the selected hit at its match.
 */
final class CaseView extends BorderPane {
    private final CaseViewModel model;
    private final SourcesPanel sources;
    private final ReaderArea reader;
    private final TextField search = new TextField();
    private final SplitPane split;
    private final TabPane panels = new TabPane();
    private final TabPane work = new TabPane();
    private final SplitPane reading;
    private boolean timelineShown;
    private final TimelineView timeline;

    CaseView(CaseViewModel model) {
        this.model = model;
        setId("case");
        ReaderViewModel readerModel = model.reader();
        sources = new SourcesPanel(model.caseFile(), model.work(), readerModel, this::showSourceOnTimeline);
        reader = new ReaderArea(readerModel, model.zone(), model::showMentioning,
                (itemId, span) -> attach(new EvidenceDrag.Dragged(itemId, span), null));

        Label name = new Label(model.caseName());
        name.getStyleClass().add("case-name");
        Label summary = new Label();
        summary.setId("case-summary");
        summary.textProperty().bind(model.summaryProperty());
        HBox title = new HBox(12, name, summary);
        title.setAlignment(Pos.BASELINE_LEFT);

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
        VBox header = new VBox(6, title, new HBox(8, search, go), filters());
        header.setPadding(new Insets(10));
        header.getStyleClass().add("header");
        setTop(header);

        Tab files = new Tab("Sources", sources);
        files.setId("sources-tab");
        Tab people = new Tab("Entities", new EntitiesPanel(model.entities(), model::showMentioning, readerModel::reloadItem,
                entity -> model.exports().redactEntity(entity.id(), entity.name())));
        people.setId("entities-tab");
        panels.getTabs().setAll(files, people);
        panels.setId("panels");
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // Whatever opens an item or a conversation (sources, hits, the board) shows it in the reader.
        readerModel.itemProperty().addListener((property, old, item) -> showTimeline(false));
        readerModel.conversationProperty().addListener((property, old, chat) -> showTimeline(false));
        model.entities().reload(); // after the sources: the first screen comes first
        model.claims().reload();
        model.rightOfReply().reloadParties();
        reading = new SplitPane(hitList(), reader);
        reading.setDividerPositions(0.36);
        Tab read = new Tab("Read", reading);
        read.setId("read-tab");
        timeline = new TimelineView(model.timeline(), model.zone(), model::entityNamed, this::openInReader);
        Tab time = new Tab("Timeline", timeline);
        time.setId("timeline-tab");
        time.selectedProperty().addListener((property, was, selected) -> {
            if (selected && !timelineShown) {
                timelineShown = true;
                model.timeline().showAll();
            }
        });
        ClaimReview review = new ClaimReview(model.claims(), model.rightOfReply(), model.zone(), this::openEvidence);
        Tab claims = new Tab("Claims", new ClaimsView(model.claims(), model.rightOfReply(), review,
                (dragged, claim) -> attach(EvidenceDrag.read(dragged), claim)));
        claims.setId("claims-tab");
        work.getTabs().setAll(read, time, claims);
        work.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        work.setId("work");
        split = new SplitPane(panels, work);
        split.setDividerPositions(0.22);
        setCenter(split);
        setBottom(statusBar());
        sceneProperty().addListener((property, old, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    /** True once the first screen is complete: the counts and the files and conversations listed. */
    boolean firstScreenShown() {
        return sources.loadedProperty().get() && !model.summaryProperty().get().isEmpty();
    }

    SourcesPanel sources() {
        return sources;
    }

    SplitPane split() {
        return split;
    }

    TimelineView timeline() {
        return timeline;
    }

    /** The hits beside the reader, in the Read tab. */
    SplitPane reading() {
        return reading;
    }

    /** Shows the claims board (Ctrl+5). */
    void showClaims() {
        work.getSelectionModel().select(2);
    }

    /** Asks which claim an excerpt sources, and how, then attaches it. */
    private void attach(EvidenceDrag.Dragged dragged, Claim preset) {
        ClaimsViewModel claims = model.claims();
        if (claims.claims().isEmpty()) {
            showClaims();
            claims.refuse("There is no claim to attach the excerpt to yet: paste the story's draft first.");
            return;
        }
        model.excerpt(dragged.itemId(), dragged.span(), excerpt -> {
            if (excerpt == null) {
                claims.refuse("Which words? Open the item, select them in the reader and press Ctrl+E.");
                return;
            }
            AttachEvidenceDialog.ask(getScene().getWindow(), excerpt, claims.claims(), preset, claims)
                    .ifPresent(answer -> claims.attach(answer.claimId(), answer.evidence()));
        });
    }

    private void openEvidence(Evidence excerpt) {
        showTimeline(false);
        model.reader().openItem(excerpt.itemId(), excerpt.span().start(), excerpt.span().end() - excerpt.span().start());
    }

    /** Shows the timeline (Ctrl+3), or the reader (Ctrl+4, or opening an event). */
    void showTimeline(boolean shown) {
        work.getSelectionModel().select(shown ? 1 : 0);
    }

    private void showSourceOnTimeline(String path) {
        timeline.showSource(path);
        showTimeline(true);
    }

    private void openInReader(org.dossier.model.TimelineEvent event) {
        showTimeline(false);
        var span = event.span();
        model.reader().openItem(event.itemId(), span == null ? 0 : span.start(), span == null ? 0 : span.end() - span.start());
    }

    ReaderArea reader() {
        return reader;
    }

    /** Reads the files and conversations again, after an import, then runs {@code then}. */
    void reloadSources(Runnable then) {
        sources.reload(then);
    }

    private HBox filters() {
        ChoiceBox<CaseViewModel.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(CaseViewModel.Kind.values());
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
            model.kindProperty().set(CaseViewModel.Kind.ALL);
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

    private VBox hitList() {
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
                model.open(hit);
            }
        });
        hits.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                model.open(hits.getSelectionModel().getSelectedItem());
                reader.document().textArea().requestFocus();
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        VBox box = new VBox(4, listing, hits);
        box.setPadding(new Insets(4, 0, 0, 0));
        listing.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty().map(text -> text.isEmpty() && !model.importingProperty().get()
                ? "Drop files or folders on the window to import them." : text));
        status.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        BooleanBinding busy = model.importingProperty().or(model.extractingProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.importProgressProperty());
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

    private void shortcuts(Scene scene) {
        Runnable toSearch = () -> {
            search.requestFocus();
            search.selectAll();
        };
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), toSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), toSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> panels.getSelectionModel().select(0));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> panels.getSelectionModel().select(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> showTimeline(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> showTimeline(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), this::showClaims);
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
            Label title = new Label(hit.heading());
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
