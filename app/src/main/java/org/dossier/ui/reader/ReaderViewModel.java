package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dossier.model.Actor;
import org.dossier.model.Annotation;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.model.ItemDetails;
import org.dossier.model.MentionType;
import org.dossier.model.MessageIndex;
import org.dossier.model.OcrSource;
import org.dossier.model.StoredMention;
import org.dossier.reading.Picture;
import org.dossier.reading.PictureUnavailable;
import org.dossier.reading.CopyDifferences;
import org.dossier.reading.ReadingService;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/**
 * What the readers show: one item with its mentions and the reporter's annotations, and, when a
 * conversation is open, its messages by position. Reads run in the background; the views bind.
 */
public final class ReaderViewModel {
    private final ReadingService reading;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ObservableValue<Actor> actor;
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<OcrSource> ocr = new SimpleObjectProperty<>();
    private final ObjectProperty<Picture> picture = new SimpleObjectProperty<>();
    private final ObjectProperty<String> pictureProblem = new SimpleObjectProperty<>();
    private final ObservableList<StoredMention> mentions = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final IntegerProperty focus = new SimpleIntegerProperty();
    private int focusLength;
    private final IntegerProperty chatPosition = new SimpleIntegerProperty(-1);
    /** The message a conversation was opened at, and what to do with it when it shows (its search match selected, say). */
    private Long focusedMessage;
    private Consumer<Item> whenFocusedMessageOpens;
    private final ObjectProperty<ConversationSummary> conversation = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageIndex> messages = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> inclusiveMails = new SimpleObjectProperty<>(Set.of());
    private final ObservableList<String> receivedAs = FXCollections.observableArrayList();
    private final ObservableList<Item> nearCopies = FXCollections.observableArrayList();
    private final Map<MentionType, BooleanProperty> shown = new EnumMap<>(MentionType.class);
    private final List<Runnable> whenOpened = new ArrayList<>();

    public ReaderViewModel(ReadingService reading, CaseFile caseFile, BackgroundWork work, ObservableValue<Actor> actor) {
        this.reading = reading;
        this.caseFile = caseFile;
        this.work = work;
        this.actor = actor;
        for (MentionType type : MentionType.values()) {
            shown.put(type, new SimpleBooleanProperty(true));
        }
    }

    /**
     * Runs {@code listener} each time an item or a conversation opens, once it is read; not when
     * the open conversation shows another of its messages below the list (a scroll, a jump) or the
     * open item is read again.
     */
    public void onOpened(Runnable listener) {
        whenOpened.add(listener);
    }

    public ObjectProperty<Item> itemProperty() {
        return item;
    }

    /** The open item's parent and metadata; set before the item itself changes. */
    public ObjectProperty<ItemDetails> detailsProperty() {
        return details;
    }

    public ObservableList<StoredMention> mentions() {
        return mentions;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** Where in the item's text the reader should show and put the caret (a search match). */
    public IntegerProperty focusProperty() {
        return focus;
    }

    /** How many characters from the focus the reader selects: the match's length, or 0. */
    public int focusLength() {
        return focusLength;
    }

    /** Shows the open item at a match and selects it. */
    public void focusOn(int at, int length) {
        focusLength = length;
        focus.set(-1);
        focus.set(at);
    }

    /** The picture the open item's text was read from by OCR, with its words' boxes; null for any other item. */
    public ObjectProperty<OcrSource> ocrProperty() {
        return ocr;
    }

    /** That picture's pixels once read and checked against its hash at import. */
    public ObjectProperty<Picture> pictureProperty() {
        return picture;
    }

    /** Why that picture cannot be shown, or null. */
    public ObjectProperty<String> pictureProblemProperty() {
        return pictureProblem;
    }

    public ObjectProperty<ConversationSummary> conversationProperty() {
        return conversation;
    }

    /** Every path the open item's file was received under. */
    public ObservableList<String> receivedAs() {
        return receivedAs;
    }

    /** The items whose text is a near-copy of the open item's. */
    public ObservableList<Item> nearCopies() {
        return nearCopies;
    }

    /** What differs between the open item's text and another's, handed on when read. */
    public void compareWith(long other, Consumer<CopyDifferences> then) {
        Item open = item.get();
        if (open != null) {
            work.read(() -> reading.compare(caseFile, open.id(), other), then);
        }
    }

    /** In an open e-mail thread, the mails no other mail of it contains: those a reviewer must read. Empty for a chat. */
    public ObjectProperty<Set<Long>> inclusiveMailsProperty() {
        return inclusiveMails;
    }

    public ObjectProperty<MessageIndex> messagesProperty() {
        return messages;
    }

    /** Whether the legend shows mentions of this type. */
    public BooleanProperty shownProperty(MentionType type) {
        return shown.get(type);
    }

    public Set<MentionType> shownTypes() {
        Set<MentionType> types = EnumSet.noneOf(MentionType.class);
        shown.forEach((type, on) -> {
            if (on.get()) {
                types.add(type);
            }
        });
        return types;
    }

    /** Everything a change of which redraws the highlights. */
    public Observable[] highlightDependencies() {
        Observable[] all = new Observable[shown.size() + 2];
        int i = 0;
        for (BooleanProperty on : shown.values()) {
            all[i++] = on;
        }
        all[i++] = mentions;
        all[i] = annotations;
        return all;
    }

    /** Opens an item (a document, or a message outside its conversation) at a character. */
    public void openItem(long itemId, int at) {
        openItem(itemId, at, 0);
    }

    /** Opens an item with {@code length} characters from {@code at} selected (a date, a match). */
    public void openItem(long itemId, int at, int length) {
        openItem(itemId, opened -> {
            if (at >= 0) {
                focusOn(at, length);
            }
        });
    }

    /** Opens an item, then hands it on (to find where to focus in it). */
    public void openItem(long itemId, Consumer<Item> opened) {
        conversation.set(null);
        messages.set(null);
        load(itemId, shown -> {
            whenOpened.forEach(Runnable::run);
            opened.accept(shown);
        });
    }

    /** The position in the open conversation of the message to show and select. */
    public IntegerProperty chatPositionProperty() {
        return chatPosition;
    }

    /**
     * Opens a message inside its conversation, selected there, and hands it on once it shows below
     * the list (to find where to focus in it); anything else (a document, a mail) opens alone.
     */
    public void openInConversation(long itemId, Consumer<Item> opened) {
        work.read(() -> reading.conversationOf(caseFile, itemId), chat -> {
            if (chat.isPresent()) {
                openConversation(chat.get(), itemId, opened);
            } else {
                openItem(itemId, opened);
            }
        });
    }

    /** Opens a conversation, and within it the message {@code focusItemId} (or the first). */
    public void openConversation(ConversationSummary chat, Long focusItemId) {
        openConversation(chat, focusItemId, opened -> focusOn(0, 0));
    }

    /** @param opened what to do with the focused message once it is read below the list */
    private void openConversation(ConversationSummary chat, Long focusItemId, Consumer<Item> opened) {
        focusedMessage = focusItemId;
        whenFocusedMessageOpens = opened;
        boolean thread = "email".equals(chat.platform());
        work.read(() -> thread ? reading.inclusiveMails(caseFile, chat.id()) : Set.<Long>of(), inclusiveMails::set);
        work.read(() -> reading.messageIndex(caseFile, chat.id()), index -> {
            item.set(null);
            mentions.clear();
            annotations.clear();
            conversation.set(chat);
            messages.set(index);
            long[] ids = index.ids();
            int position = 0;
            for (int i = 0; focusItemId != null && i < ids.length; i++) {
                if (ids[i] == focusItemId) {
                    position = i;
                }
            }
            chatPosition.set(-1);
            chatPosition.set(position);
            whenOpened.forEach(Runnable::run);
        });
    }

    /** Shows one message of the open conversation in the detail reader, keeping the conversation open. */
    public void openMessage(long itemId) {
        boolean focused = focusedMessage != null && focusedMessage == itemId;
        Consumer<Item> then = focused ? whenFocusedMessageOpens : opened -> focusOn(0, 0);
        focusedMessage = null;
        load(itemId, then);
    }

    /** Reads the open item again, with its mentions as they are now (after a re-extraction). */
    public void reloadItem() {
        if (item.get() != null) {
            int at = Math.max(0, focus.get());
            load(item.get().id(), opened -> focusOn(at, 0));
        }
    }

    /** Reads messages by id, for the rows the chat reader is about to show. */
    public void loadLines(List<Long> ids, Consumer<List<ChatLine>> done) {
        work.read(() -> reading.chatLines(caseFile, ids), done);
    }

    /** Marks a span of the open item with tags and a note; the reader shows it at once, then {@code done} is told. */
    public void annotate(int start, int end, List<String> tags, String note, Runnable done) {
        Item current = item.get();
        work.read(() -> reading.annotate(caseFile, current.id(), start, end, tags, note, actor.getValue().name()), annotation -> {
            if (item.get() != null && item.get().id() == current.id()) {
                annotations.add(annotation);
            }
            done.run();
        });
    }

    /** The tags the case's reporters have used, handed on when read. */
    public void tagNames(Consumer<List<String>> then) {
        work.read(() -> reading.tagNames(caseFile), then);
    }

    private void load(long itemId, Consumer<Item> opened) {
        work.read(() -> reading.read(caseFile, itemId), view -> {
            mentions.setAll(view.mentions());
            annotations.setAll(view.annotations());
            details.set(view.details());
            receivedAs.setAll(view.receivedAs());
            nearCopies.setAll(view.nearCopies());
            ocr.set(view.ocr());
            picture.set(null);
            pictureProblem.set(null);
            item.set(view.item());
            opened.accept(view.item());
            if (view.ocr() != null) {
                work.read(() -> reading.picture(caseFile, view.item().id()), shown -> {
                    if (view.ocr().equals(ocr.get())) {
                        picture.set(shown);
                    }
                }, failure -> {
                    if (view.ocr().equals(ocr.get())) {
                        pictureProblem.set(failure instanceof PictureUnavailable ? failure.getMessage()
                                : "The picture cannot be shown: " + failure.getMessage());
                    }
                });
            }
        });
    }
}
