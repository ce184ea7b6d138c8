package org.dossier.ui.claims;

import org.dossier.ui.common.Dialogs;
import org.dossier.ui.common.EvidenceDrag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.CommentRequest;
import org.dossier.model.ReplyStatus;

/**
 * The attribution board: the draft's claims as cards in columns by status (Unsourced, Single
 * source, Corroborated, Disputed, Approved), filters by section, reporter and status, and the
 * claim under review beside it. A card dragged to Approved asks an editor's approval; dragged out
 * of Approved, it is sent back with a reason; the other columns follow the evidence, so a card
 * dropped there is refused with what to do instead. An excerpt (a search hit, a timeline event)
 * dropped on a card is attached to that claim.
 */
public final class ClaimsView extends BorderPane {
    private static final String CLAIM_DRAG = "dossier-claim:";
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final ClaimsViewModel model;
    private final RightOfReplyViewModel replies;
    private final BiConsumer<String, Claim> excerptDropped;
    private final List<ListView<Claim>> columns = new ArrayList<>();

    /**
     * @param excerptDropped told an excerpt's drag text and the claim it was dropped on
     * @param review         the claim under review, beside the board
     */
    public ClaimsView(ClaimsViewModel model, RightOfReplyViewModel replies, ClaimReview review, BiConsumer<String, Claim> excerptDropped) {
        this.model = model;
        this.replies = replies;
        this.excerptDropped = excerptDropped;
        model.setOverrideAsker(this::askOverride);
        // A card shows where its claim stands with the parties it was put to: redrawn as that changes.
        replies.statuses().addListener((ListChangeListener<ReplyStatus>) change -> columns.forEach(ListView::refresh));
        setId("claims");
        setTop(toolbar());
        HBox board = new HBox(8);
        board.setPadding(new Insets(8));
        for (ClaimStatus status : ClaimStatus.values()) {
            VBox column = column(status);
            HBox.setHgrow(column, Priority.ALWAYS);
            board.getChildren().add(column);
        }
        // The board above, the claim under review below it, its evidence side by side with it.
        SplitPane split = new SplitPane(board, review);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private VBox toolbar() {
        Button paste = new Button("Paste draft…");
        paste.setId("paste-draft");
        paste.setTooltip(new Tooltip("Cut a story draft into claims, a sentence each, under its # headings"));
        paste.setOnAction(event -> askDraft().ifPresent(model::addDraft));
        ComboBox<String> section = filter("any section", "filter-section");
        ComboBox<String> reporter = filter("any reporter", "filter-reporter");
        ComboBox<ClaimStatus> status = new ComboBox<>();
        status.setId("filter-status");
        status.setPromptText("any status");
        status.getItems().add(null);
        status.getItems().addAll(ClaimStatus.values());
        status.setConverter(Dialogs.named(ClaimStatus::label));
        model.sectionProperty().bind(section.valueProperty());
        model.reporterProperty().bind(reporter.valueProperty());
        model.statusProperty().bind(status.valueProperty());
        model.claims().addListener((ListChangeListener<Claim>) change -> {
            refill(section, model.claims().stream().map(Claim::section));
            refill(reporter, model.claims().stream().map(Claim::createdBy));
        });
        Button request = new Button("Request comment…");
        request.setId("request-comment");
        request.setTooltip(new Tooltip("Put claims to the party they concern before publication, with a deadline"));
        request.setOnAction(event -> {
            replies.reloadParties();
            RequestCommentDialog.show(getScene().getWindow(), replies, model.claims(), model.selectedProperty().get());
        });
        Button reply = new Button("Record reply…");
        reply.setId("record-reply");
        reply.setTooltip(new Tooltip("What a party answered, claim by claim"));
        reply.disableProperty().bind(Bindings.isEmpty(replies.requests()));
        reply.setOnAction(event -> RecordReplyDialog.show(getScene().getWindow(), replies, model.claims(), latestRequestFor(
                model.selectedProperty().get())));
        Button audit = new Button("Audit log…");
        audit.setId("open-audit");
        audit.setOnAction(event -> model.auditLog(entries -> AuditLogDialog.show(getScene().getWindow(), entries, model.actor())));
        Label working = new Label();
        working.setId("working-as");
        working.getStyleClass().add("provenance");
        working.textProperty().bind(model.actor().map(actor -> "Working as " + actor.name() + ", "
                + actor.role().name().toLowerCase(Locale.ROOT) + " (File menu to change)"));
        for (Button button : List.of(paste, request, reply, audit)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox tools = new HBox(8, paste, request, reply, audit, working);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, new Label("Show"), section, reporter, status);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("board-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        model.refusedProperty().addListener((property, was, refused) -> message.pseudoClassStateChanged(REFUSED, refused));
        VBox top = new VBox(6, tools, filters, message);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("reader-header");
        return top;
    }

    private static ComboBox<String> filter(String prompt, String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(prompt);
        box.getItems().add(null);
        return box;
    }

    /** Keeps a filter's choices to what the claims hold, and its choice if it still can be made. */
    private static void refill(ComboBox<String> box, java.util.stream.Stream<String> values) {
        String chosen = box.getValue();
        TreeSet<String> distinct = values.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        box.getItems().setAll((String) null);
        box.getItems().addAll(distinct);
        box.setValue(chosen != null && distinct.contains(chosen) ? chosen : null);
    }

    private VBox column(ClaimStatus status) {
        FilteredList<Claim> cards = new FilteredList<>(model.shown(), claim -> claim.status() == status);
        ListView<Claim> list = new ListView<>(cards);
        columns.add(list);
        list.setId("column-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        list.getStyleClass().add("claim-column");
        list.setPlaceholder(new Label(placeholder(status)));
        ((Label) list.getPlaceholder()).setWrapText(true);
        list.setCellFactory(view -> new CardCell());
        list.getSelectionModel().selectedItemProperty().addListener((property, old, claim) -> {
            if (claim != null) {
                model.selectedProperty().set(claim);
            }
        });
        model.selectedProperty().addListener((property, old, claim) -> {
            if (claim == null || claim.status() != status) {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnDragOver(event -> {
            if (claimDragged(event.getDragboard()) != null) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            Claim claim = claimDragged(event.getDragboard());
            event.setDropCompleted(claim != null);
            if (claim != null) {
                moved(claim, status);
            }
            event.consume();
        });
        Label heading = new Label();
        heading.getStyleClass().addAll("claim-column-heading", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        heading.textProperty().bind(Bindings.size(cards).asString(status.label() + " · %d"));
        heading.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox column = new VBox(4, heading, list);
        column.setMinWidth(140);
        return column;
    }

    private static String placeholder(ClaimStatus status) {
        return switch (status) {
            case UNSOURCED -> "Paste a draft: its claims start here.";
            case SINGLE_SOURCE -> "One independent source so far.";
            case CORROBORATED -> "Two independent sources, or the party concerned on the record.";
            case DISPUTED -> "A source contradicts the claim.";
            case APPROVED -> "An editor's approval.";
        };
    }

    /** A card moved to another column: only Approved and out of it are decisions; the rest follows the evidence. */
    private void moved(Claim claim, ClaimStatus to) {
        if (to == claim.status()) {
            return;
        }
        if (to == ClaimStatus.APPROVED) {
            model.approve(claim, null);
        } else if (claim.status() == ClaimStatus.APPROVED) {
            askReason(claim).ifPresent(reason -> model.sendBack(claim, reason));
        } else {
            model.refuse("A claim's column follows its evidence: attach or take off excerpts to move it to "
                    + to.label() + ". Only Approved is a decision, an editor's.");
        }
    }

    /** The last request that put this claim to a party, else the last request of all. */
    private CommentRequest latestRequestFor(Claim claim) {
        List<CommentRequest> requests = replies.requests();
        return requests.stream().filter(asked -> claim != null && asked.claimIds().contains(claim.id()))
                .reduce((first, second) -> second).orElse(requests.isEmpty() ? null : requests.get(requests.size() - 1));
    }

    /** An editor approving a claim that names parties never asked about it: the reason to override, or nothing. */
    private Optional<String> askOverride(Claim claim, List<String> parties) {
        TextInputDialog reason = new TextInputDialog();
        reason.initOwner(getScene().getWindow());
        reason.setTitle("Approve without the right of reply");
        reason.setHeaderText("“" + Dialogs.shortened(claim.text()) + "” names " + String.join(", ", parties)
                + ", never asked for comment on it.\nTo approve it anyway, give your reason: the audit log keeps it.");
        reason.getEditor().setId("override-reason");
        reason.getEditor().setPromptText("why no request is needed");
        return reason.showAndWait().filter(text -> !text.isBlank());
    }

    private Optional<String> askReason(Claim claim) {
        TextInputDialog reason = new TextInputDialog();
        reason.initOwner(getScene().getWindow());
        reason.setTitle("Send back");
        reason.setHeaderText("Why does “" + Dialogs.shortened(claim.text()) + "” go back to the reporter?");
        reason.getEditor().setId("send-back-reason");
        return reason.showAndWait().filter(text -> !text.isBlank());
    }

    private Optional<String> askDraft() {
        Dialog<String> dialog = Dialogs.create(getScene().getWindow(), "Paste a draft",
                "Each sentence becomes a claim; a line starting with # names the section of those below it");
        TextArea draft = new TextArea();
        draft.setId("draft-text");
        draft.setWrapText(true);
        draft.setPrefSize(640, 320);
        Dialogs.okCancel(dialog, draft, draft.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == ButtonType.OK ? draft.getText() : null);
        dialog.setOnShown(event -> draft.requestFocus());
        return dialog.showAndWait();
    }

    private Claim claimDragged(Dragboard board) {
        if (!board.hasString() || !board.getString().startsWith(CLAIM_DRAG)) {
            return null;
        }
        long id = Long.parseLong(board.getString().substring(CLAIM_DRAG.length()));
        return model.claims().stream().filter(claim -> claim.id() == id).findFirst().orElse(null);
    }

    /** A claim as a card: its words, its section, its sources, a sent-back mark; dragged to move, a drop target for excerpts. */
    private final class CardCell extends ListCell<Claim> {
        private final Label text = new Label();
        private final Label facts = new Label();
        private final VBox asked = new VBox(3);
        private final VBox card = new VBox(4, text, facts, asked);

        CardCell() {
            text.setWrapText(true);
            text.getStyleClass().add("claim-text");
            facts.getStyleClass().add("provenance");
            facts.setWrapText(true);
            card.getStyleClass().add("claim-card");
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(CLAIM_DRAG + getItem().id());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (getItem() != null && EvidenceDrag.isExcerpt(event.getDragboard())) {
                    event.acceptTransferModes(TransferMode.COPY);
                    event.consume();
                }
            });
            setOnDragDropped(event -> {
                if (getItem() != null && EvidenceDrag.isExcerpt(event.getDragboard())) {
                    excerptDropped.accept(event.getDragboard().getString(), getItem());
                    event.setDropCompleted(true);
                    event.consume();
                }
            });
        }

        @Override
        protected void updateItem(Claim claim, boolean empty) {
            super.updateItem(claim, empty);
            setText(null);
            if (empty || claim == null) {
                setGraphic(null);
                return;
            }
            text.setText(claim.text());
            boolean sentBack = !claim.reviews().isEmpty()
                    && claim.reviews().get(claim.reviews().size() - 1).action() == org.dossier.model.Review.Action.SEND_BACK;
            facts.setText((claim.section() == null ? "" : claim.section() + " · ") + claim.independentSources() + " independent source"
                    + (claim.independentSources() == 1 ? "" : "s") + " · " + claim.evidence().size() + " excerpt"
                    + (claim.evidence().size() == 1 ? "" : "s") + (sentBack ? " · sent back" : ""));
            asked.getChildren().setAll(replies.statusesOf(claim).stream().map(status -> ReplyBadges.badge(status, replies.zone())).toList());
            card.setPrefWidth(0);
            setGraphic(card);
        }
    }
}
