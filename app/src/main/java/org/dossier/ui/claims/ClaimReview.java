package org.dossier.ui.claims;

import org.dossier.ui.common.Dialogs;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;
import org.dossier.model.Evidence;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;

/**
 * The claim under review: its words (reworded, split at the cursor, joined with the next, deleted),
 * its status, each excerpt in the words around it with its kind, stance and source, the reviews,
 * and the review itself: a comment from anyone, approval or sending back from an editor.
 */
public final class ClaimReview extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClaimsViewModel model;
    private final RightOfReplyViewModel replies;
    private final ZoneId zone;
    private final Consumer<Evidence> openInReader;
    private final Label status = new Label();
    private final TextArea text = new TextArea();
    private final TextField section = new TextField();
    private final VBox evidence = new VBox(10);
    private final VBox reviews = new VBox(4);
    private final VBox answers = new VBox(6);
    private final TextField comment = new TextField();

    public ClaimReview(ClaimsViewModel model, RightOfReplyViewModel replies, ZoneId zone, Consumer<Evidence> openInReader) {
        this.model = model;
        this.replies = replies;
        this.zone = zone;
        this.openInReader = openInReader;
        setId("claim-review");
        Label empty = new Label("Choose a claim on the board to review its sourcing.");
        empty.getStyleClass().add("provenance");
        status.setId("review-status");
        status.getStyleClass().add("reader-heading");
        status.setWrapText(true);
        text.setId("review-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        section.setId("review-section");
        section.setPromptText("section of the story");
        Button save = button("Save wording", "save-claim", () -> model.reword(claim(), text.getText(), section.getText()));
        Button split = button("Split at cursor", "split-claim", () -> model.split(claim(), text.getCaretPosition()));
        split.setTooltip(new Tooltip("Put the cursor where the second claim begins"));
        Button join = button("Join with next", "join-claim", () -> model.mergeWithNext(claim()));
        Button delete = button("Delete…", "delete-claim", this::confirmDelete);
        Label sectionLabel = new Label("Section");
        HBox sectionRow = new HBox(6, sectionLabel, section);
        sectionRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(section, Priority.ALWAYS);
        FlowPane edits = new FlowPane(6, 6, save, split, join, delete);
        for (Button button : new Button[] {save, split, join, delete}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        comment.setId("review-comment");
        comment.setPromptText("A comment for the reporter or the editor");
        Button say = button("Comment", "comment-claim", () -> {
            model.comment(claim(), comment.getText());
            comment.clear();
        });
        Button approve = button("Approve", "approve-claim", () -> model.approve(claim(), comment.getText()));
        Button sendBack = button("Send back…", "send-back-claim", this::askSendBack);
        // An editor's decisions: a reporter sees them, greyed, with who can make them.
        for (Button decision : new Button[] {approve, sendBack}) {
            decision.disableProperty().bind(model.actor().map(actor -> !actor.isEditor()));
            decision.setTooltip(new Tooltip("Only an editor approves a claim or sends it back (File › Working as… to change)"));
        }
        for (Button button : new Button[] {say, approve, sendBack}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane decisions = new FlowPane(6, 6, say, approve, sendBack);
        VBox review = new VBox(6, comment, decisions);

        Label evidenceHeading = new Label("Evidence");
        evidenceHeading.getStyleClass().add("review-heading");
        Label reviewsHeading = new Label("Reviews");
        reviewsHeading.getStyleClass().add("review-heading");
        Label answersHeading = new Label("Right of reply");
        answersHeading.getStyleClass().add("review-heading");
        answers.setId("review-replies");
        evidence.setId("review-evidence");
        reviews.setId("review-reviews");
        // The claim and its review on the left, its evidence in context beside it.
        VBox claimSide = new VBox(8, status, text, sectionRow, edits, answersHeading, answers, reviewsHeading,
                reviews);
        claimSide.setPadding(new Insets(10));
        ScrollPane claimScroll = new ScrollPane(claimSide);
        claimScroll.setFitToWidth(true);
        VBox.setVgrow(claimScroll, Priority.ALWAYS);
        review.setPadding(new Insets(8, 10, 8, 10));
        review.getStyleClass().add("reader-header");
        VBox left = new VBox(claimScroll, review);
        VBox evidenceSide = new VBox(8, evidenceHeading, evidence);
        evidenceSide.setPadding(new Insets(10));
        ScrollPane evidenceScroll = new ScrollPane(evidenceSide);
        evidenceScroll.setFitToWidth(true);
        SplitPane reviewing = new SplitPane(left, evidenceScroll);
        reviewing.setDividerPositions(0.4);
        VBox.setVgrow(reviewing, Priority.ALWAYS);
        getChildren().setAll(empty);
        setPadding(new Insets(4));
        model.selectedProperty().addListener((property, old, claim) -> {
            if (claim == null) {
                getChildren().setAll(empty);
            } else {
                show(claim, old == null || old.id() != claim.id());
                getChildren().setAll(reviewing);
            }
        });
        replies.statuses().addListener((ListChangeListener<ReplyStatus>) change -> {
            if (claim() != null) {
                showAnswers(claim());
            }
        });
    }

    private Claim claim() {
        return model.selectedProperty().get();
    }

    private void show(Claim claim, boolean another) {
        status.setText(claim.status().label() + " · " + claim.independentSources() + " independent source"
                + (claim.independentSources() == 1 ? "" : "s"));
        if (another || !text.isFocused()) {
            text.setText(claim.text());
            section.setText(claim.section() == null ? "" : claim.section());
        }
        evidence.getChildren().clear();
        if (claim.evidence().isEmpty()) {
            Label none = new Label("No excerpt yet. Select words in a reader and press Ctrl+E, or drop a search hit or a timeline"
                    + " event on the card.");
            none.setWrapText(true);
            none.getStyleClass().add("provenance");
            evidence.getChildren().add(none);
        }
        claim.evidence().forEach(excerpt -> evidence.getChildren().add(excerptBox(excerpt)));
        showAnswers(claim);
        reviews.getChildren().clear();
        for (Review said : claim.reviews()) {
            Label line = new Label(WHEN.format(said.at().atZone(zone)) + "  " + said.reviewer() + " (" + lower(said.role()) + ") "
                    + verb(said.action()) + (said.text() == null ? "" : ": " + said.text()));
            line.setWrapText(true);
            line.getStyleClass().add("review-" + lower(said.action()).replace('_', '-'));
            reviews.getChildren().add(line);
        }
        if (claim.reviews().isEmpty()) {
            Label none = new Label("No review yet.");
            none.getStyleClass().add("provenance");
            reviews.getChildren().add(none);
        }
    }

    /** Each party the claim was put to: waiting, overdue, or its answer in its words, who gave it, when, how and from what file. */
    private void showAnswers(Claim claim) {
        answers.getChildren().clear();
        for (ReplyStatus asked : replies.statusesOf(claim)) {
            VBox answer = new VBox(2, ReplyBadges.badge(asked, zone));
            Reply reply = asked.reply();
            if (reply != null && reply.statement() != null) {
                Label words = new Label("“" + reply.statement() + "”");
                words.setWrapText(true);
                words.getStyleClass().add("reply-words");
                answer.getChildren().add(words);
            }
            if (reply != null) {
                Label from = new Label((reply.speaker() == null ? "" : reply.speaker() + ", ") + reply.how() + ", "
                        + WHEN.format(reply.receivedAt().atZone(zone)) + (reply.source() == null ? ""
                        : " · " + reply.source().fileName() + ", SHA-256 " + reply.source().sha256().shortForm() + ", characters "
                        + reply.source().passage().start() + "–" + reply.source().passage().end()));
                from.setWrapText(true);
                from.getStyleClass().add("provenance");
                answer.getChildren().add(from);
            }
            answers.getChildren().add(answer);
        }
        for (CommentRequest unsent : replies.requests()) {
            if (unsent.sentAt() == null && unsent.claimIds().contains(claim.id())) {
                Label note = new Label("The letter to " + unsent.party() + " is not recorded as sent.");
                note.getStyleClass().add("provenance");
                Button sent = button("Record as sent…", "record-sent", () -> RequestCommentDialog.askSent(getScene().getWindow(), replies, unsent));
                answers.getChildren().add(new FlowPane(6, 6, note, sent));
            }
        }
        if (answers.getChildren().isEmpty()) {
            Label none = new Label("Not put to anyone yet: Request comment… above the board.");
            none.getStyleClass().add("provenance");
            answers.getChildren().add(none);
        }
    }

    /** An excerpt with the words around it, what it is, where it is from, and what can be done with it. */
    private VBox excerptBox(Evidence excerpt) {
        Label what = new Label(AttachEvidenceDialog.label(excerpt.kind()) + " · " + AttachEvidenceDialog.label(excerpt.stance())
                + who(excerpt));
        what.getStyleClass().addAll("excerpt-kind", "stance-" + lower(excerpt.stance()));
        what.setWrapText(true);
        TextFlow inContext = new TextFlow(new Text("…"));
        inContext.getStyleClass().add("excerpt-context");
        model.context(excerpt, context -> {
            Text before = new Text(context.before());
            Text words = new Text(context.excerpt());
            words.getStyleClass().add("excerpt-words");
            Text after = new Text(context.after());
            for (Text around : new Text[] {before, after}) {
                around.getStyleClass().add("excerpt-around");
            }
            inContext.getChildren().setAll(before, words, after);
        });
        Label source = new Label((excerpt.sourcePath() == null ? "" : excerpt.sourcePath()) + " · characters " + excerpt.span().start()
                + "–" + excerpt.span().end() + " · added by " + excerpt.createdBy());
        source.getStyleClass().add("provenance");
        source.setWrapText(true);
        Button open = button("Open in reader", null, () -> openInReader.accept(excerpt));
        Button remove = button("Take off", null, () -> model.detach(excerpt));
        VBox box = new VBox(4, what, inContext, source, new FlowPane(6, 6, open, remove));
        box.getStyleClass().add("excerpt-box");
        return box;
    }

    private static String who(Evidence excerpt) {
        if (excerpt.onRecord() != null) {
            Evidence.OnRecord said = excerpt.onRecord();
            return " · " + said.speaker() + (said.spokenTo() == null ? "" : " to " + said.spokenTo())
                    + (said.byPartyConcerned() ? " (for the party concerned)" : "");
        }
        return excerpt.confidentialSource() == null ? "" : " · source “" + excerpt.confidentialSource() + "”";
    }

    private void askSendBack() {
        TextInputDialog reason = new TextInputDialog(comment.getText());
        reason.initOwner(getScene().getWindow());
        reason.setTitle("Send back");
        reason.setHeaderText("Why does the claim go back to the reporter?");
        reason.getEditor().setId("send-back-reason");
        reason.showAndWait().filter(text -> !text.isBlank()).ifPresent(text -> {
            model.sendBack(claim(), text);
            comment.clear();
        });
    }

    private void confirmDelete() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Its excerpts and reviews go with it; the audit log keeps all of them.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText("Delete “" + Dialogs.shortened(claim().text()) + "”?");
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete(claim()));
    }

    private static String verb(Review.Action action) {
        return switch (action) {
            case COMMENT -> "commented";
            case APPROVE -> "approved";
            case SEND_BACK -> "sent it back";
            case OVERRIDE -> "overrode the right-of-reply rule";
        };
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label);
        if (id != null) {
            button.setId(id);
        }
        button.setOnAction(event -> action.run());
        return button;
    }
}
