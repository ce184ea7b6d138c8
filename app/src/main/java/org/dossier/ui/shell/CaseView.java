package org.dossier.ui.shell;

import org.dossier.ui.claims.AttachEvidenceDialog;
import org.dossier.ui.claims.ClaimReview;
import org.dossier.ui.claims.ClaimsView;
import org.dossier.ui.claims.ClaimsViewModel;
import org.dossier.ui.intake.IntakeBar;
import org.dossier.ui.search.SearchPane;
import org.dossier.ui.common.EvidenceDrag;
import org.dossier.ui.entities.EntitiesPanel;
import org.dossier.ui.reader.ReaderArea;
import org.dossier.ui.reader.ReaderViewModel;
import org.dossier.ui.reader.SourcesPanel;
import org.dossier.ui.timeline.TimelineView;
import org.dossier.ui.graph.GraphView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;

/**
 * An open case: the search bar with its filters above; the files, conversations and entities on
 * the left; the hits; the reader; import progress below. Ctrl+F or Ctrl+K goes to the search,
 * Enter opens the selected hit at its match.
 */
public final class CaseView extends BorderPane {
    private final CaseViewModel model;
    private final SourcesPanel sources;
    private final ReaderArea reader;
    private final SearchPane search;
    private final SplitPane split;
    private final TabPane panels = new TabPane();
    private final TabPane work = new TabPane();
    private final SplitPane reading;
    private boolean timelineShown;
    private final TimelineView timeline;

    public CaseView(CaseViewModel model) {
        this.model = model;
        setId("case");
        ReaderViewModel readerModel = model.reader();
        sources = new SourcesPanel(model.sources(), readerModel, this::showSourceOnTimeline);
        reader = new ReaderArea(readerModel, model.zone(), model.search()::showMentioning,
                (itemId, span) -> attach(new EvidenceDrag.Dragged(itemId, span), null));

        Label name = new Label(model.caseName());
        name.getStyleClass().add("case-name");
        Label summary = new Label();
        summary.setId("case-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label present = new Label();
        present.setId("case-present");
        present.getStyleClass().add("case-present");
        present.textProperty().bind(model.presentProperty());
        HBox title = new HBox(12, name, summary, present);
        title.setAlignment(Pos.BASELINE_LEFT);

        search = new SearchPane(model.search(), (hit, toReader) -> {
            model.open(hit);
            if (toReader) {
                reader.document().textArea().requestFocus();
            }
        });
        VBox header = new VBox(6, title, search.bar());
        header.setPadding(new Insets(10));
        header.getStyleClass().add("header");
        setTop(header);

        Tab files = new Tab("Sources", sources);
        files.setId("sources-tab");
        Tab people = new Tab("Entities", new EntitiesPanel(model.entities(), model.search()::showMentioning, readerModel::reloadItem,
                entity -> model.exports().redactEntity(entity.id(), entity.name())));
        people.setId("entities-tab");
        panels.getTabs().setAll(files, people);
        panels.setId("panels");
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // Whatever opens an item or a conversation (sources, hits, the board) shows it in the reader.
        readerModel.onOpened(() -> showTimeline(false));
        model.entities().reload(); // after the sources: the first screen comes first
        model.claims().reload();
        model.rightOfReply().reloadParties();
        reading = new SplitPane(search.hitList(), reader);
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
        Tab network = new Tab("Who wrote to whom", new GraphView(model.graph(), model.zone(), model::entityNamed, model.timeline().tags(),
                itemId -> {
                    showTimeline(false);
                    model.reader().openItem(itemId, 0, 0);
                }));
        network.setId("graph-tab");
        network.selectedProperty().addListener((property, was, selected) -> {
            if (selected) {
                model.graph().showFirstTime();
            }
        });
        work.getTabs().setAll(read, time, claims, network);
        work.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        work.setId("work");
        split = new SplitPane(panels, work);
        split.setDividerPositions(0.22);
        setCenter(split);
        setBottom(IntakeBar.of(model.statusProperty(), model.intake()));
        sceneProperty().addListener((property, old, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    /** True once the first screen is complete: the counts and the files and conversations listed. */
    public boolean firstScreenShown() {
        return model.sources().loadedProperty().get() && !model.summaryProperty().get().isEmpty();
    }

    public SourcesPanel sources() {
        return sources;
    }

    public SplitPane split() {
        return split;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The hits beside the reader, in the Read tab. */
    public SplitPane reading() {
        return reading;
    }

    /** Shows the claims board (Ctrl+5). */
    public void showClaims() {
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
    public void showTimeline(boolean shown) {
        work.getSelectionModel().select(shown ? 1 : 0);
    }

    public boolean timelineShown() {
        return work.getSelectionModel().getSelectedIndex() == 1;
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

    public ReaderArea reader() {
        return reader;
    }

    private void shortcuts(Scene scene) {
        Runnable toSearch = search::focus;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), toSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), toSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> panels.getSelectionModel().select(0));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> panels.getSelectionModel().select(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> showTimeline(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> showTimeline(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), this::showClaims);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN),
                () -> work.getSelectionModel().select(3));
    }

}
