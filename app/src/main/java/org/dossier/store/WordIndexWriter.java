package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Adds items to the case's word index, their title and text as {@link WordIndexText} gives them to it. */
final class WordIndexWriter {
    private final WordIndex index;
    private final PreparedStatement insert;

    WordIndexWriter(Connection connection) throws SQLException {
        index = Dialect.of(connection).wordIndex();
        insert = index.prepareInsert(connection);
    }

    void add(long itemId, String title, String text) throws SQLException {
        index.add(insert, itemId, title, text);
    }
}
