package org.dossier.ui.reader;

import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import javafx.scene.layout.StackPane;
import org.dossier.model.Span;

/**
 * Where things are read: a document alone, or a conversation as a chat with the selected message
 * below it. One document reader serves both, moved between them.
 */
public final class ReaderArea extends StackPane {
    private final DocumentReader document;
    private final ChatReader chat;

    /** @param onAttach told the item and the span of words selected to attach to a claim */
    public ReaderArea(ReaderViewModel model, ZoneId caseZone, LongConsumer onEntity, BiConsumer<Long, Span> onAttach) {
        document = new DocumentReader(model, onEntity, onAttach);
        chat = new ChatReader(model, caseZone);
        getChildren().setAll(document);
        model.conversationProperty().addListener((property, old, conversation) -> {
            if (conversation == null) {
                chat.showDetail(new javafx.scene.layout.Region());
                document.showLegend(true);
                getChildren().setAll(document);
            } else {
                getChildren().setAll(chat);
                document.showLegend(false);
                chat.showDetail(document);
            }
        });
    }

    public ChatReader chat() {
        return chat;
    }

    public DocumentReader document() {
        return document;
    }
}
