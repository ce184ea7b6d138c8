package org.dossier.ui.claims;

import org.dossier.ui.common.Dialogs;
import org.dossier.ui.common.MomentField;
import java.io.File;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dossier.ingest.ReplyFileReader.ReplyFile;
import org.dossier.model.Claim;
import org.dossier.model.CommentRequest;
import org.dossier.model.NewReply;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.Span;

/**
 * Records what a party answered to a request for comment: who answered, when and how; the reply's
 * words, pasted, typed from a call, or read from the file it came in; and, for each claim put to
 * the party, its stance and the passage that answers it (the words selected in the reply). A
 * passage of a file keeps the file's SHA-256 and its offsets.
 */
final class RecordReplyDialog {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private RecordReplyDialog() {
    }

    static void show(Window owner, RightOfReplyViewModel model, List<Claim> claims, CommentRequest preset) {
        Dialog<ButtonType> dialog = Dialogs.resizable(owner, "Record a reply",
                "What the party said, claim by claim: select the words that answer a claim, then Quote");
        ComboBox<CommentRequest> request = new ComboBox<>(model.requests());
        request.setId("reply-request");
        request.setPromptText("the request answered");
        request.setConverter(Dialogs.named(asked -> asked.party() + " · " + asked.claimIds().size() + " claim"
                + (asked.claimIds().size() == 1 ? "" : "s") + " · reply by " + DAY.format(asked.deadline().atZone(model.zone()))));
        request.setValue(preset);
        TextField speaker = new TextField();
        speaker.setId("reply-speaker");
        speaker.setPromptText("who answered: a spokesperson, a name");
        speaker.setPrefColumnCount(24);
        ComboBox<String> how = new ComboBox<>();
        how.setId("reply-how");
        how.setEditable(true);
        how.getItems().setAll("e-mail", "phone call", "written statement", "in person");
        how.setValue("e-mail");
        MomentField received = new MomentField("reply-received", model.now(), model.zone());
        TextArea words = new TextArea();
        words.setId("reply-text");
        words.setWrapText(true);
        words.setPrefSize(620, 180);
        words.setPromptText("Paste the reply, or note the call, or read the file it came in");
        ObjectProperty<ReplyFile> file = new SimpleObjectProperty<>();
        Label fileShown = new Label();
        fileShown.setId("reply-source");
        fileShown.getStyleClass().add("provenance");
        fileShown.textProperty().bind(file.map(read -> read.fileName() + " · SHA-256 " + read.sha256().shortForm()).orElse(""));
        Button readFile = new Button("Read from file…");
        readFile.setId("reply-file");
        readFile.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("The file the reply came in");
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                model.readReplyFile(chosen.toPath(), read -> {
                    file.set(read);
                    words.setText(read.text());
                });
            }
        });
        // Offsets into a file's text hold only while the text is the file's.
        words.editableProperty().bind(file.isNull());

        List<Answer> answers = new ArrayList<>();
        GridPane answerRows = Dialogs.form();
        Runnable showAnswers = () -> {
            answers.clear();
            answerRows.getChildren().clear();
            CommentRequest asked = request.getValue();
            if (asked == null) {
                return;
            }
            for (Claim claim : claims) {
                if (asked.claimIds().contains(claim.id())) {
                    Answer answer = new Answer(claim, words);
                    answers.add(answer);
                    answer.addTo(answerRows, answers.size() - 1);
                }
            }
        };
        request.valueProperty().addListener((property, old, asked) -> showAnswers.run());
        words.textProperty().addListener((property, old, text) -> answers.forEach(Answer::unquote));
        showAnswers.run();

        GridPane form = Dialogs.form();
        form.addRow(0, new Label("Answering"), request);
        HBox who = new HBox(8, speaker, new Label("how"), how);
        who.setAlignment(Pos.CENTER_LEFT);
        form.addRow(1, new Label("Who"), who);
        form.addRow(2, new Label("Received"), received);
        form.addRow(3, new Label("Reply"), new VBox(6, words, new HBox(8, readFile, fileShown)));
        form.addRow(4, new Label("Answers"), answerRows);
        Dialogs.okCancel(dialog, form, Bindings.createBooleanBinding(() -> request.getValue() == null
                || received.valueProperty().get() == null, request.valueProperty(), received.valueProperty()));
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            List<NewReply> replies = answers.stream().map(answer -> answer.reply(request.getValue(), speaker.getText(),
                    received.valueProperty().get(), how.getEditor().getText(), file.get())).flatMap(Optional::stream).toList();
            model.recordReplies(request.getValue(), replies);
        });
    }

    /** One claim put to the party: the stance of the answer, and the passage quoted for it. */
    private static final class Answer {
        private final Claim claim;
        private final TextArea words;
        private final ComboBox<Reply.Stance> stance = new ComboBox<>();
        private final Label quoted = new Label();
        private Span passage;

        Answer(Claim claim, TextArea words) {
            this.claim = claim;
            this.words = words;
            stance.setId("reply-stance-" + claim.id());
            stance.setPromptText("not answered");
            stance.getItems().add(null);
            stance.getItems().addAll(Reply.Stance.values());
            stance.setConverter(Dialogs.named(Reply.Stance::label));
            quoted.setId("reply-quoted-" + claim.id());
            quoted.getStyleClass().add("provenance");
            quoted.setWrapText(true);
            unquote();
        }

        /** Forgets the passage quoted: the reply's words changed under it. */
        void unquote() {
            passage = null;
            quoted.setText("the whole reply, unless you quote a passage");
        }

        void addTo(GridPane rows, int row) {
            Label text = new Label(Dialogs.shortened(claim.text()));
            text.setWrapText(true);
            text.setMaxWidth(300);
            Button quote = new Button("Quote selection");
            quote.setId("reply-quote-" + claim.id());
            quote.setOnAction(event -> {
                if (words.getSelection().getLength() > 0) {
                    passage = new Span(words.getSelection().getStart(), words.getSelection().getEnd());
                    quoted.setText("“" + Dialogs.shortened(words.getSelectedText()) + "”");
                }
            });
            rows.addRow(row, text, stance, quote, quoted);
        }

        /** The answer to record, or none when the claim was left unanswered. */
        Optional<NewReply> reply(CommentRequest request, String speaker, Instant received, String how, ReplyFile file) {
            if (stance.getValue() == null) {
                return Optional.empty();
            }
            if (stance.getValue() == Reply.Stance.NO_RESPONSE || words.getText().isBlank()) {
                return Optional.of(new NewReply(request.id(), claim.id(), stance.getValue(), null, speaker, received, how, null));
            }
            Span span = passage != null ? passage : new Span(0, words.getLength());
            String statement = words.getText().substring(span.start(), span.end());
            ReplySource source = file == null ? null : new ReplySource(file.fileName(), file.sha256(), span);
            return Optional.of(new NewReply(request.id(), claim.id(), stance.getValue(), statement, speaker, received, how,
                    source));
        }
    }
}
