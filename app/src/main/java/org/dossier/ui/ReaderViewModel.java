package org.dossier.ui;

import java.time.Clock;
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
import javafx.concurrent.Task;
import org.dossier.model.Actor;
import org.dossier.model.Annotation;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.model.ItemDetails;
import org.dossier.model.MentionType;
import org.dossier.model.MessageIndex;
import org.dossier.model.StoredMention;
import org.dossier.store.AnnotationStore;
import org.dossier.store.CaseBrowser;
import org.dossier.store.CaseFile;

/**
 * What the readers show: one item with its mentions and the reporter's annotations, and, when a
 * conversation is open, its messages by position. Reads run in the background; the views bind.
 */
final class ReaderViewModel {
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final Clock clock;
    private final ObservableValue<Actor> actor;
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemDetails> details = new SimpleObjectProperty<>();
    private final ObservableList<StoredMention> mentions = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final IntegerProperty focus = new SimpleIntegerProperty();
    private int focusLength;
    private final IntegerProperty chatPosition = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ConversationSummary> conversation = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageIndex> messages = new SimpleObjectProperty<>();
    private final Map<MentionType, BooleanProperty> shown = new EnumMap<>(MentionType.class);

    ReaderViewModel(CaseFile caseFile, BackgroundWork work, Clock clock, ObservableValue<Actor> actor) {
        this.caseFile = caseFile;
        this.work = work;
        this.clock = clock;
        this.actor = actor;
        for (MentionType type : MentionType.values()) {
            shown.put(type, new SimpleBooleanProperty(true));
        }
    }

    ObjectProperty<Item> itemProperty() {
        return item;
    }

    /** The open item's parent and metadata; set before the item itself changes. */
    ObjectProperty<ItemDetails> detailsProperty() {
        return details;
    }

    ObservableList<StoredMention> mentions() {
        return mentions;
    }

    ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** Where in the item's text the reader should show and put the caret (a search match). */
    IntegerProperty focusProperty() {
        return focus;
    }

    /** How many characters from the focus the reader selects: the match's length, or 0. */
    int focusLength() {
        return focusLength;
    }

    /** Shows the open item at a match and selects it. */
    void focusOn(int at, int length) {
        focusLength = length;
        focus.set(-1);
        focus.set(at);
    }

    ObjectProperty<ConversationSummary> conversationProperty() {
        return conversation;
    }

    ObjectProperty<MessageIndex> messagesProperty() {
        return messages;
    }

    /** Whether the legend shows mentions of this type. */
    BooleanProperty shownProperty(MentionType type) {
        return shown.get(type);
    }

    Set<MentionType> shownTypes() {
        Set<MentionType> types = EnumSet.noneOf(MentionType.class);
        shown.forEach((type, on) -> {
            if (on.get()) {
                types.add(type);
            }
        });
        return types;
    }

    /** Everything a change of which redraws the highlights. */
    Observable[] highlightDependencies() {
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
    void openItem(long itemId, int at) {
        openItem(itemId, at, 0);
    }

    /** Opens an item with {@code length} characters from {@code at} selected (a date, a match). */
    void openItem(long itemId, int at, int length) {
        conversation.set(null);
        messages.set(null);
        load(itemId, at, length);
    }

    /** The position in the open conversation of the message to show and select. */
    IntegerProperty chatPositionProperty() {
        return chatPosition;
    }

    /** Opens a conversation, and within it the message {@code focusItemId} (or the first). */
    void openConversation(ConversationSummary chat, Long focusItemId) {
        Task<MessageIndex> task = BackgroundWork.task(() -> {
            try (CaseBrowser browser = caseFile.newCaseBrowser()) {
                return browser.messageIndex(chat.id());
            }
        });
        task.setOnSucceeded(event -> {
            item.set(null);
            mentions.clear();
            annotations.clear();
            conversation.set(chat);
            messages.set(task.getValue());
            long[] ids = task.getValue().ids();
            int position = 0;
            for (int i = 0; focusItemId != null && i < ids.length; i++) {
                if (ids[i] == focusItemId) {
                    position = i;
                }
            }
            chatPosition.set(-1);
            chatPosition.set(position);
        });
        work.run(task);
    }

    /** Shows one message of the open conversation in the detail reader, keeping the conversation open. */
    void openMessage(long itemId) {
        load(itemId, 0, 0);
    }

    /** Reads the open item again, with its mentions as they are now (after a re-extraction). */
    void reloadItem() {
        if (item.get() != null) {
            load(item.get().id(), Math.max(0, focus.get()), 0);
        }
    }

    /** Reads messages by id, for the rows the chat reader is about to show. */
    void loadLines(List<Long> ids, Consumer<List<ChatLine>> done) {
        Task<List<ChatLine>> task = BackgroundWork.task(() -> {
            try (CaseBrowser browser = caseFile.newCaseBrowser()) {
                return browser.chatLines(ids);
            }
        });
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        work.run(task);
    }

    /** Marks a span of the open item with tags and a note; the reader shows it at once. */
    Task<Annotation> annotate(int start, int end, List<String> tags, String note) {
        Item current = item.get();
        Task<Annotation> task = BackgroundWork.task(() -> {
            try (AnnotationStore store = caseFile.annotations()) {
                return store.add(current.id(), start, end, tags, note, actor.getValue().name(), clock.instant());
            }
        });
        task.setOnSucceeded(event -> {
            if (item.get() != null && item.get().id() == current.id()) {
                annotations.add(task.getValue());
            }
        });
        return work.run(task);
    }

    Task<List<String>> tagNames() {
        return work.run(BackgroundWork.task(() -> {
            try (AnnotationStore store = caseFile.annotations()) {
                return store.tagNames();
            }
        }));
    }

    private void load(long itemId, int at, int length) {
        record Loaded(Item item, ItemDetails details, List<StoredMention> mentions, List<Annotation> annotations) {
        }
        Task<Loaded> task = BackgroundWork.task(() -> {
            try (CaseBrowser browser = caseFile.newCaseBrowser(); AnnotationStore store = caseFile.annotations();
                 var items = caseFile.newItemReader()) {
                return new Loaded(items.item(itemId).orElseThrow(), browser.details(itemId), browser.mentionsOf(itemId),
                        store.of(itemId));
            }
        });
        task.setOnSucceeded(event -> {
            Loaded loaded = task.getValue();
            mentions.setAll(loaded.mentions());
            annotations.setAll(loaded.annotations());
            details.set(loaded.details());
            item.set(loaded.item());
            if (at >= 0) {
                focusOn(at, length);
            }
        });
        work.run(task);
    }
}
