package org.dossier.ui.reader;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageIndex;

/**
 * A conversation as a chat: each message with its author, its time in the case's zone, what it
 * replies to and its attachments, system events dimmed, mentions highlighted. The list lays out
 * only what is on screen and is read page by page, so a conversation of any length scrolls at once.
 * Selecting a message shows it below in a document reader, where its text can be tagged.
 */
public final class ChatReader extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReaderViewModel model;
    private final ZoneId caseZone;
    private final MessageList messages = new MessageList(MessageCard::new);
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

        messages.selectedLineProperty().addListener((property, old, line) -> {
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
                messages.show(new PagedChatLines(index, model::loadLines));
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

    public MessageList messageList() {
        return messages;
    }

    /** Shows the message at this position near the top and selects it, once its page is read. */
    public void scrollTo(int position) {
        messages.jumpTo(position);
    }

    /**
     * One message as one flow of text: its author and time, a line break, then its words, with a
     * reply, the folded quotation and attachments set in the flow where a message has them. Its nodes
     * are made once per row and refilled as the row shows another message. One flow of Text nodes
     * rather than boxes of flows and Labels, because a row scrolled into view has the style of every
     * node in it worked out anew, and at a screenful a frame that was most of a frame's work
     * (docs/PERFORMANCE.md).
     */
    private final class MessageCard implements MessageList.Card {
        private final Text author = styled(new Text(), "chat-author");
        private final Text when = styled(new Text(), "chat-time");
        private final Text inclusive = styled(new Text(), "chat-time");
        private final Text afterHead = new Text("\n");
        private final Label reply = styled(new Label(), "chat-reply");
        private final Text afterReply = new Text("\n");
        private final Hyperlink quoted = styled(new Hyperlink(), "chat-quoted");
        private final Text beforeQuoted = new Text("\n");
        private final Text attachments = styled(new Text(), "chat-attachment");
        private final Text beforeAttachments = new Text("\n");
        private final Text coming = new Text("…");
        private final TextRuns runs = new TextRuns();
        private final TextFlow card = styled(new TextFlow(), "chat-card");

        MessageCard() {
            // The quoted message takes one line, cut short where the row ends.
            reply.setMinWidth(0);
            reply.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, card.getWidth() - card.snappedLeftInset() - card.snappedRightInset()),
                    card.widthProperty(), card.insetsProperty()));
        }

        @Override
        public Region node() {
            return card;
        }

        @Override
        public void show(ChatLine line) {
            card.getStyleClass().remove("system-event");
            if (line == null) {
                card.getChildren().setAll(coming);
                return;
            }
            var item = line.item();
            List<Node> parts = new java.util.ArrayList<>(List.of(author, when));
            author.setText(item.author() == null ? "(system)" : item.author());
            author.setFill(Color.web(authorColour(item.author())));
            when.setText(item.occurredAt() == null ? "" : "   " + TIME.format(item.occurredAt().instant().atZone(caseZone))
                    + (item.occurredAt().zoneAssumed() ? " (zone assumed)" : ""));
            Set<Long> holdAll = model.inclusiveMailsProperty().get();
            if (!holdAll.isEmpty() && holdAll.size() < model.messagesProperty().get().size()) {
                inclusive.setText(holdAll.contains(item.id()) ? "   ◆ read this one" : "   its words are all in a later mail");
                parts.add(inclusive);
            }
            parts.add(afterHead);
            if (line.replyTo() != null) {
                reply.setText("↪ " + line.replyTo());
                parts.add(reply);
                parts.add(afterReply);
            }
            // An e-mail's quoted earlier mails are folded, to be unfolded by a click; the text itself is untouched.
            boolean folded = line.quotedFrom() >= 0 && !expanded.contains(item.id());
            int shown = folded ? line.quotedFrom() : item.text().length();
            while (folded && shown > 0 && Character.isWhitespace(item.text().charAt(shown - 1))) {
                shown--;
            }
            parts.addAll(runs.of(item.text(), Highlights.runs(shown, line.mentions(), List.of(), model.shownTypes())));
            if (line.quotedFrom() >= 0) {
                quoted.setText(folded ? "▸ the earlier mails it quotes (" + item.text().substring(line.quotedFrom()).lines().count()
                        + " lines)" : "▾ fold the earlier mails it quotes");
                quoted.setOnAction(event -> {
                    if (!expanded.remove(item.id())) {
                        expanded.add(item.id());
                    }
                    messages.refresh();
                });
                parts.add(beforeQuoted);
                parts.add(quoted);
            }
            if (!line.attachments().isEmpty()) {
                attachments.setText(line.attachments().stream().map(name -> "📎 " + name).collect(java.util.stream.Collectors.joining("\n")));
                parts.add(beforeAttachments);
                parts.add(attachments);
            }
            card.getChildren().setAll(parts);
            if (item.kind() == ItemKind.SYSTEM_EVENT) {
                card.getStyleClass().add("system-event");
            }
        }
    }

    private static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** The same author, the same colour, in every conversation. */
    public static String authorColour(String author) {
        String[] palette = {"#1f5fa8", "#a8431f", "#2e7d32", "#7b1fa2", "#b26a00", "#00796b", "#ad1457", "#455a64"};
        return palette[Math.floorMod(author == null ? 0 : author.hashCode(), palette.length)];
    }
}
