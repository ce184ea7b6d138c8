package org.dossier.ui.common;

import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.dossier.model.Span;

/**
 * An excerpt dragged onto a claim card: the item and, when known, its span ("dossier-excerpt:12:40:57");
 * without a span, the board takes the sentence of the item's first match of the search, or the
 * whole message.
 */
public final class EvidenceDrag {
    private static final String PREFIX = "dossier-excerpt:";

    private EvidenceDrag() {
    }

    /** What a drag says: the item, and the span or null. */
    public record Dragged(long itemId, Span span) {
    }

    /** Lets a node be dragged as an excerpt of an item (the span may be null). */
    public static void offer(Node node, java.util.function.Supplier<Dragged> what) {
        node.setOnDragDetected(event -> {
            Dragged dragged = what.get();
            if (dragged != null) {
                Dragboard board = node.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putString(PREFIX + dragged.itemId() + ":" + (dragged.span() == null ? "-1:-1"
                        : dragged.span().start() + ":" + dragged.span().end()));
                board.setContent(content);
                event.consume();
            }
        });
    }

    public static boolean isExcerpt(Dragboard board) {
        return board.hasString() && board.getString().startsWith(PREFIX);
    }

    public static Dragged read(String text) {
        String[] parts = text.substring(PREFIX.length()).split(":");
        int start = Integer.parseInt(parts[1]);
        return new Dragged(Long.parseLong(parts[0]), start < 0 ? null : new Span(start, Integer.parseInt(parts[2])));
    }
}
