package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.dossier.model.ChatLine;
import org.dossier.model.MessageIndex;

/**
 * A conversation's messages as a list the chat reader can scroll through end to end, read a page
 * at a time when a row of it, or of the rows around the screen, comes into view. A row not read yet
 * is null (the cell shows that it is coming) and is replaced when its page arrives. Only the last
 * {@value #PAGES_KEPT} pages stay in memory, so a million messages cost what a few hundred do.
 */
final class PagedChatLines extends ObservableListBase<ChatLine> {
    static final int PAGE = 200;
    private static final int PAGES_KEPT = 20;

    private final MessageIndex index;
    private final BiConsumer<List<Long>, Consumer<List<ChatLine>>> reader;
    private final Map<Integer, List<ChatLine>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ChatLine>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final java.util.Set<Integer> asked = new java.util.HashSet<>();

    /** @param reader reads the messages of these ids in the background, then hands them over on the FX thread */
    PagedChatLines(MessageIndex index, BiConsumer<List<Long>, Consumer<List<ChatLine>>> reader) {
        this.index = index;
        this.reader = reader;
    }

    @Override
    public ChatLine get(int position) {
        int page = position / PAGE;
        List<ChatLine> lines = pages.get(page);
        if (lines == null) {
            ask(page);
            return null;
        }
        int at = position - page * PAGE;
        return at < lines.size() ? lines.get(at) : null;
    }

    @Override
    public int size() {
        return index.size();
    }

    /** Reads the pages of these rows and of half a page either side, so that scrolling finds them read. */
    void readAround(int from, int to) {
        for (int page = Math.max(0, from - PAGE / 2) / PAGE; page <= Math.min(size() - 1, to + PAGE / 2) / PAGE; page++) {
            if (!pages.containsKey(page)) {
                ask(page);
            }
        }
    }

    /** Tells the list's viewers that these rows changed (how they are shown did), so that they lay them out anew. */
    void refresh(int from, int to) {
        if (from < to) {
            beginChange();
            nextReplace(from, to, new ArrayList<>(subList(from, to)));
            endChange();
        }
    }

    private void ask(int page) {
        if (!asked.add(page)) {
            return;
        }
        int from = page * PAGE;
        int to = Math.min(index.size(), from + PAGE);
        List<Long> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(index.ids()[i]);
        }
        reader.accept(ids, lines -> {
            asked.remove(page);
            pages.put(page, lines);
            // A replacement, not an update: Flowless lays out only rows it is told were replaced.
            beginChange();
            nextReplace(from, to, java.util.Collections.nCopies(to - from, null));
            endChange();
        });
    }
}
