package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Adds items to the case's word index, their title and text as {@link WordIndexText} gives them to it. */
final class WordIndexWriter {
    private final WordIndex index;
    private static final int BATCH = 1000;

    private final PreparedStatement insert;
    private int waiting;

    WordIndexWriter(Connection connection) throws SQLException {
        index = Dialect.of(connection).wordIndex();
        insert = index.prepareInsert(connection);
    }

    /** Adds an item; its words are written a thousand items at a time, and by {@link #flush} at the latest. */
    void add(long itemId, String title, String text) throws SQLException {
        index.add(insert, itemId, title, text);
        if (++waiting == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        index.flush(insert);
        waiting = 0;
    }
}
