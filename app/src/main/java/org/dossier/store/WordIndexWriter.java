package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Adds items to the word index, their title and text as {@link WordIndexText} gives them to it. */
final class WordIndexWriter {
    private final PreparedStatement insert;

    WordIndexWriter(Connection connection) throws SQLException {
        insert = connection.prepareStatement("INSERT INTO item_words(rowid, title, text) VALUES (?, ?, ?)");
    }

    void add(long itemId, String title, String text) throws SQLException {
        insert.setLong(1, itemId);
        insert.setString(2, WordIndexText.of(title == null ? "" : title));
        insert.setString(3, WordIndexText.of(text));
        insert.executeUpdate();
    }
}
