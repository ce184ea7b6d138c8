package org.dossier.ui.reader;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageIndex;

/**
 * A conversation as a chat: each message with its author, its time in the case's zone, what it
 * replies to and its attachments, system events dimmed, mentions highlighted. The list is
 * virtualised and read page by page, so a conversation of any length scrolls at once. Selecting a
 * message shows it below in a document reader, where its text can be tagged.
 */
public final class ChatReader extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReaderViewModel model;
    private final ZoneId caseZone;
    private final ListView<ChatLine> messages = new ListView<>();
    private final Label title = new Label();
    private final Label threadNote = new Label();
    private final DatePicker jump = new DatePicker();

    private final SplitPane split = new SplitPane();
    /** The mails whose quoted earlier mails the reader unfolded. */
    private final Set<Long> expanded = new HashSet<>();

    public ChatReader(ReaderViewModel model, ZoneId caseZone) {
        this.model = model;
        this.caseZone = caseZone;
        setId("chat-reader");
        title.getStyleClass().add("reader-heading");
        jump.setId("jump-to-date");
        jump.setPromptText("Jump to date");
        jump.setTooltip(new Tooltip("The first message on or after this day, in the case's zone (" + caseZone.getId() + ")"));
        jump.setOnAction(event -> {
            MessageIndex index = model.messagesProperty().get();
            if (jump.getValue() != null && index != null) {
                scrollTo(index.firstAtOrAfter(jump.getValue().atStartOfDay(caseZone).toInstant().toEpochMilli()));
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        jump.setPrefWidth(150);
        Label zone = new Label("times in " + caseZone.getId());
        zone.getStyleClass().add("chat-time");
        zone.setMinWidth(Region.USE_PREF_SIZE);
        HBox firstRow = new HBox(10, title, gap, zone, jump);
        firstRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        threadNote.getStyleClass().add("chat-time");
        threadNote.setVisible(false);
        threadNote.setManaged(false);
        VBox top = new VBox(4, firstRow, threadNote, new Legend(model));
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("reader-header");
        setTop(top);

        messages.setId("messages");
        messages.setCellFactory(list -> new MessageCell());
        messages.setPlaceholder(new Label("This conversation has no messages."));
        messages.getSelectionModel().selectedItemProperty().addListener((property, old, line) -> {
            if (line != null) {
                model.openMessage(line.item().id());
            }
        });
        split.setOrientation(Orientation.VERTICAL);
        setCenter(split);
        for (var type : org.dossier.model.MentionType.values()) {
            model.shownProperty(type).addListener((property, was, on) -> messages.refresh());
        }

        model.messagesProperty().addListener((property, old, index) -> {
            ConversationSummary chat = model.conversationProperty().get();
            if (index != null && chat != null) {
                expanded.clear();
                showTitle();
                messages.setItems(new PagedChatLines(index, model::loadLines));
            }
        });
        model.inclusiveMailsProperty().addListener((property, old, inclusive) -> {
            showTitle();
            messages.refresh();
        });
        model.chatPositionProperty().addListener((property, old, position) -> {
            if (position.intValue() >= 0) {
                scrollTo(position.intValue());
            }
        });
    }

    /** The conversation's name, platform and size; for an e-mail thread, how many of its mails hold all the others. */
    private void showTitle() {
        ConversationSummary chat = model.conversationProperty().get();
        MessageIndex index = model.messagesProperty().get();
        if (chat == null || index == null) {
            return;
        }
        int inclusive = model.inclusiveMailsProperty().get().size();
        boolean thread = "email".equals(chat.platform());
        title.setText(chat.name() + " · " + (thread ? "e-mail thread" : chat.platform()) + " · " + String.format("%,d", index.size())
                + (thread ? (index.size() == 1 ? " mail" : " mails") : index.size() == 1 ? " message" : " messages"));
        boolean marked = thread && inclusive > 0 && inclusive < index.size();
        threadNote.setText(marked ? String.format("Read the %d marked ◆ and you have read them all: every other mail's words are"
                + " quoted in a later one.", inclusive) : "");
        threadNote.setVisible(marked);
        threadNote.setManaged(marked);
    }

    /** Shows a reader of the selected message below the list (the document reader, moved here). */
    public void showDetail(javafx.scene.Node detail) {
        split.getItems().setAll(messages, detail);
        split.setDividerPositions(0.68);
    }

    public ListView<ChatLine> messageList() {
        return messages;
    }

    /** Shows the message at this position near the top and selects it, once its page is read. */
    public void scrollTo(int position) {
        if (position < messages.getItems().size()) {
            messages.scrollTo(Math.max(0, position - 1));
            messages.getFocusModel().focus(position);
            selectWhenRead(position);
        }
    }

    private void selectWhenRead(int position) {
        if (messages.getItems().get(position) != null) {
            messages.getSelectionModel().clearAndSelect(position);
            return;
        }
        messages.getItems().addListener(new javafx.collections.ListChangeListener<ChatLine>() {
            @Override
            public void onChanged(Change<? extends ChatLine> change) {
                if (messages.getItems().get(position) != null) {
                    change.getList().removeListener(this);
                    messages.getSelectionModel().clearAndSelect(position);
                }
            }
        });
    }

    /** One message; its nodes are made once per cell and refilled as the cell shows another message. */
    private final class MessageCell extends ListCell<ChatLine> {
        private final Label author = new Label();
        private final Label when = new Label();
        private final Label reply = new Label();
        private final TextFlow text = new TextFlow();
        private final VBox attachments = new VBox();
        private final Label inclusive = new Label();
        private final Hyperlink quoted = new Hyperlink();
        private final VBox card = new VBox(2, new HBox(8, author, when, inclusive), reply, text, quoted, attachments);
        private final Label coming = new Label("…");

        MessageCell() {
            setPrefWidth(0); // wrap to the list's width
            author.getStyleClass().add("chat-author");
            when.getStyleClass().add("chat-time");
            reply.getStyleClass().add("chat-reply");
            inclusive.getStyleClass().add("chat-time");
            quoted.getStyleClass().add("chat-quoted");
            text.getStyleClass().add("chat-text");
            card.setMinWidth(0);
        }

        @Override
        protected void updateItem(ChatLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("system-event");
            if (empty || line == null) {
                setGraphic(empty ? null : coming);
                return;
            }
            var item = line.item();
            author.setText(item.author() == null ? "(system)" : item.author());
            author.setStyle("-fx-text-fill: " + authorColour(item.author()) + ";");
            when.setText(item.occurredAt() == null ? "" : TIME.format(item.occurredAt().instant().atZone(caseZone))
                    + (item.occurredAt().zoneAssumed() ? " (zone assumed)" : ""));
            reply.setText(line.replyTo() == null ? "" : "↪ " + line.replyTo());
            reply.setVisible(line.replyTo() != null);
            reply.setManaged(line.replyTo() != null);
            // An e-mail's quoted earlier mails are folded, to be unfolded by a click; the text itself is untouched.
            boolean folded = line.quotedFrom() >= 0 && !expanded.contains(item.id());
            int shown = folded ? line.quotedFrom() : item.text().length();
            while (folded && shown > 0 && Character.isWhitespace(item.text().charAt(shown - 1))) {
                shown--;
            }
            quoted.setVisible(line.quotedFrom() >= 0);
            quoted.setManaged(line.quotedFrom() >= 0);
            quoted.setText(folded ? "▸ the earlier mails it quotes (" + item.text().substring(line.quotedFrom()).lines().count() + " lines)"
                    : "▾ fold the earlier mails it quotes");
            quoted.setOnAction(event -> {
                if (!expanded.remove(item.id())) {
                    expanded.add(item.id());
                }
                messages.refresh();
            });
            Set<Long> holdAll = model.inclusiveMailsProperty().get();
            boolean marked = !holdAll.isEmpty() && holdAll.size() < model.messagesProperty().get().size();
            inclusive.setText(!marked ? "" : holdAll.contains(item.id()) ? "◆ read this one" : "its words are all in a later mail");
            List<Text> runs = new java.util.ArrayList<>();
            for (Highlights.Run run : Highlights.runs(shown, line.mentions(), List.of(), model.shownTypes())) {
                Text piece = new Text(item.text().substring(run.start(), run.end()));
                piece.getStyleClass().add("chat-text-run");
                piece.getStyleClass().addAll(run.classes());
                runs.add(piece);
            }
            text.getChildren().setAll(runs);
            attachments.getChildren().setAll(line.attachments().stream().map(name -> {
                Label file = new Label("📎 " + name);
                file.getStyleClass().add("chat-attachment");
                return file;
            }).toList());
            if (item.kind() == ItemKind.SYSTEM_EVENT) {
                getStyleClass().add("system-event");
            }
            setGraphic(card);
        }
    }

    /** The same author, the same colour, in every conversation. */
    public static String authorColour(String author) {
        String[] palette = {"#1f5fa8", "#a8431f", "#2e7d32", "#7b1fa2", "#b26a00", "#00796b", "#ad1457", "#455a64"};
        return palette[Math.floorMod(author == null ? 0 : author.hashCode(), palette.length)];
    }
}
