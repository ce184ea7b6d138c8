package org.dossier.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.DatePicker;
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
import org.dossier.model.StoredMention;

/**
 * A conversation as a chat: each message with its author, its time in the case's zone, what it
 * replies to and its attachments, system events dimmed, mentions highlighted. The list is
 * virtualised and read page by page, so a conversation of any length scrolls at once. Selecting a
 * message shows it below in a document reader, where its text can be tagged.
 */
final class ChatReader extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReaderViewModel model;
    private final ZoneId caseZone;
    private final ListView<ChatLine> messages = new ListView<>();
    private final Label title = new Label();
    private final DatePicker jump = new DatePicker();

    private final SplitPane split = new SplitPane();

    ChatReader(ReaderViewModel model, ZoneId caseZone) {
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
        VBox top = new VBox(4, firstRow, new Legend(model));
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
                title.setText(chat.name() + " · " + chat.platform() + " · " + String.format("%,d", index.size())
                        + (index.size() == 1 ? " message" : " messages"));
                messages.setItems(new PagedChatLines(index, model::loadLines));
            }
        });
        model.chatPositionProperty().addListener((property, old, position) -> {
            if (position.intValue() >= 0) {
                scrollTo(position.intValue());
            }
        });
    }

    /** Shows a reader of the selected message below the list (the document reader, moved here). */
    void showDetail(javafx.scene.Node detail) {
        split.getItems().setAll(messages, detail);
        split.setDividerPositions(0.68);
    }

    ListView<ChatLine> messageList() {
        return messages;
    }

    /** Shows the message at this position near the top and selects it, once its page is read. */
    void scrollTo(int position) {
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

    /** One message. */
    private final class MessageCell extends ListCell<ChatLine> {
        MessageCell() {
            setPrefWidth(0); // wrap to the list's width
        }

        @Override
        protected void updateItem(ChatLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("system-event");
            if (empty) {
                setGraphic(null);
                return;
            }
            if (line == null) {
                setGraphic(new Label("…"));
                return;
            }
            var item = line.item();
            Label author = new Label(item.author() == null ? "(system)" : item.author());
            author.getStyleClass().add("chat-author");
            author.setStyle("-fx-text-fill: " + authorColour(item.author()) + ";");
            Label when = new Label(item.occurredAt() == null ? "" : TIME.format(item.occurredAt().instant().atZone(caseZone))
                    + (item.occurredAt().zoneAssumed() ? " (zone assumed)" : ""));
            when.getStyleClass().add("chat-time");
            VBox card = new VBox(2, new HBox(8, author, when));
            if (line.replyTo() != null) {
                Label reply = new Label("↪ " + line.replyTo());
                reply.getStyleClass().add("chat-reply");
                card.getChildren().add(reply);
            }
            card.getChildren().add(flow(item.text(), line.mentions()));
            for (String attachment : line.attachments()) {
                Label file = new Label("📎 " + attachment);
                file.getStyleClass().add("chat-attachment");
                card.getChildren().add(file);
            }
            if (item.kind() == ItemKind.SYSTEM_EVENT) {
                getStyleClass().add("system-event");
            }
            card.setMinWidth(0);
            setGraphic(card);
        }

        private TextFlow flow(String text, List<StoredMention> mentions) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("chat-text");
            for (Highlights.Run run : Highlights.runs(text.length(), mentions, List.of(), model.shownTypes())) {
                Text piece = new Text(text.substring(run.start(), run.end()));
                piece.getStyleClass().add("chat-text-run");
                piece.getStyleClass().addAll(run.classes());
                flow.getChildren().add(piece);
            }
            return flow;
        }
    }

    /** The same author, the same colour, in every conversation. */
    static String authorColour(String author) {
        String[] palette = {"#1f5fa8", "#a8431f", "#2e7d32", "#7b1fa2", "#b26a00", "#00796b", "#ad1457", "#455a64"};
        return palette[Math.floorMod(author == null ? 0 : author.hashCode(), palette.length)];
    }
}
