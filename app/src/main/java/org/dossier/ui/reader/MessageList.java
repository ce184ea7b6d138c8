package org.dossier.ui.reader;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.dossier.model.ChatLine;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * A conversation's messages, one selected: Flowless's virtual flow, which lays out only the rows on
 * screen and estimates the rest from their average height. JavaFX's ListView keeps every row's
 * height and walks them on each frame, so at a million messages its scrolling stuttered
 * (docs/PERFORMANCE.md). Rows not read yet show that they are coming; the rows around the screen are
 * read ahead. The keyboard moves the selection as in a list.
 */
public final class MessageList extends StackPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** What a row shows; made once per row and refilled as the row shows another message. */
    interface Card {
        Region node();

        /** @param line null while its message is being read */
        void show(ChatLine line);
    }

    private final Supplier<? extends Card> cards;
    private final Label placeholder = new Label("This conversation has no messages.");
    private final ReadOnlyObjectWrapper<ChatLine> selectedLine = new ReadOnlyObjectWrapper<>();
    private ObservableList<ChatLine> lines = FXCollections.emptyObservableList();
    private VirtualFlow<ChatLine, Row> flow;
    private int selected = -1;
    private ListChangeListener<ChatLine> awaitingSelected;

    MessageList(Supplier<? extends Card> cards) {
        this.cards = cards;
        setId("messages");
        getStyleClass().add("message-list");
        setFocusTraversable(true);
        // Read out as a list, the selected message as its text: a screen reader has no rows to walk.
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription("messages");
        selectedLine.addListener((observable, was, line) -> setAccessibleText(line == null ? null : spoken(line)));
        addEventHandler(KeyEvent.KEY_PRESSED, this::move);
        getChildren().add(placeholder);
        // Rows half out of view are cut at the list's edge, so that a scroll repaints the list and nothing around it.
        Rectangle edge = new Rectangle();
        edge.widthProperty().bind(widthProperty());
        edge.heightProperty().bind(heightProperty());
        setClip(edge);
    }

    /** Shows these messages, none selected, from the top. */
    void show(PagedChatLines messages) {
        if (flow != null) {
            flow.dispose();
        }
        lines = messages;
        selected = -1;
        stopAwaiting();
        selectedLine.set(null);
        flow = VirtualFlow.createVertical(messages, Row::new);
        flow.visibleCells().addListener((ListChangeListener<Row>) change -> readAhead());
        getChildren().setAll(messages.isEmpty() ? placeholder : new VirtualizedScrollPane<>(flow));
    }

    private String spoken(ChatLine line) {
        String author = line.item().author();
        return "message " + (selected + 1) + " of " + lines.size() + ", " + (author == null ? "" : author + ": ") + line.item().text();
    }

    /** The messages, a null for each not read yet. */
    public ObservableList<ChatLine> lines() {
        return lines;
    }

    /** The selected message, once it is read. */
    public ReadOnlyObjectProperty<ChatLine> selectedLineProperty() {
        return selectedLine.getReadOnlyProperty();
    }

    public int selectedIndex() {
        return selected;
    }

    /** Selects the message at this position, shown near the top; it counts as selected once it is read. */
    public void jumpTo(int position) {
        choose(position, () -> flow.showAsFirst(Math.max(0, position - 1)));
    }

    /** Selects the message at this position, and scrolls only as far as it takes to show it. */
    public void select(int position) {
        choose(position, () -> flow.show(position));
    }

    /** @param show scrolls to the message; run again once it is read, as rows read are taller than rows coming */
    private void choose(int position, Runnable show) {
        if (flow == null || position < 0 || position >= lines.size()) {
            return;
        }
        int was = selected;
        selected = position;
        if (was >= 0 && was < lines.size()) {
            flow.getCellIfVisible(was).ifPresent(Row::showSelection);
        }
        flow.getCellIfVisible(position).ifPresent(Row::showSelection);
        show.run();
        stopAwaiting();
        if (lines.get(position) != null) {
            selectedLine.set(lines.get(position));
            return;
        }
        awaitingSelected = change -> {
            if (selected == position && lines.get(position) != null) {
                stopAwaiting();
                show.run();
                selectedLine.set(lines.get(position));
            }
        };
        lines.addListener(awaitingSelected);
    }

    /** Scrolls by this many pixels, down if positive. */
    public void scrollBy(double pixels) {
        if (flow != null) {
            flow.scrollYBy(pixels);
        }
    }

    /** Whether a row on screen still waits for its message to be read. */
    public boolean rowsComing() {
        return flow != null && flow.visibleCells().stream().anyMatch(row -> row.line == null);
    }

    /** Lays the rows on screen out anew, for a change in how messages are shown rather than in the messages. */
    public void refresh() {
        if (flow != null && !flow.visibleCells().isEmpty() && lines instanceof PagedChatLines paged) {
            paged.refresh(flow.getFirstVisibleIndex(), flow.getLastVisibleIndex() + 1);
        }
    }

    private void readAhead() {
        if (lines instanceof PagedChatLines paged && !flow.visibleCells().isEmpty()) {
            paged.readAround(flow.getFirstVisibleIndex(), flow.getLastVisibleIndex());
        }
    }

    private void stopAwaiting() {
        if (awaitingSelected != null) {
            lines.removeListener(awaitingSelected);
            awaitingSelected = null;
        }
    }

    private void move(KeyEvent key) {
        if (flow == null || lines.isEmpty()) {
            return;
        }
        int screen = Math.max(1, flow.getLastVisibleIndex() - flow.getFirstVisibleIndex());
        int to = switch (key.getCode()) {
            case UP -> selected - 1;
            case DOWN -> selected + 1;
            case PAGE_UP -> selected - screen;
            case PAGE_DOWN -> selected + screen;
            case HOME -> 0;
            case END -> lines.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (to != Integer.MIN_VALUE) {
            select(Math.max(0, Math.min(lines.size() - 1, to)));
            key.consume();
        }
    }

    /** One row: its card, which shows whether it is selected. */
    private final class Row implements Cell<ChatLine, Region> {
        private final Card card = cards.get();
        private final Region band = card.node();
        private ChatLine line;
        private int index = -1;

        Row(ChatLine first) {
            updateItem(first);
            band.getStyleClass().add("chat-row");
            band.setPrefWidth(0); // wrap to the list's width, never widen it
            band.setMinWidth(0);
            band.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
                requestFocus();
                select(index);
            });
        }

        @Override
        public Region getNode() {
            return band;
        }

        @Override
        public boolean isReusable() {
            return true;
        }

        @Override
        public void updateItem(ChatLine item) {
            line = item;
            card.show(item);
        }

        @Override
        public void updateIndex(int position) {
            index = position;
            showSelection();
        }

        void showSelection() {
            band.pseudoClassStateChanged(SELECTED, index == selected);
        }
    }
}
