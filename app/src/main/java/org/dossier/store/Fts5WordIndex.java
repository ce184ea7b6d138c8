package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The laptop's word index: an FTS5 table without content, its rowid the item's id, ranked by BM25
 * with titles weighted five times body text.
 */
final class Fts5WordIndex implements WordIndex {
    private static final String MATCHES = "FROM item_words WHERE item_words MATCH ?";

    @Override
    public PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO item_words(rowid, title, text) VALUES (?, ?, ?)");
    }

    @Override
    public void add(PreparedStatement insert, long itemId, String title, String text) throws SQLException {
        insert.setLong(1, itemId);
        insert.setString(2, WordIndexText.of(title == null ? "" : title));
        insert.setString(3, WordIndexText.of(text));
        insert.executeUpdate();
    }

    @Override
    public void flush(PreparedStatement insert) {
        // each item's words were written as they came
    }

    @Override
    public Query matching(List<String> terms) {
        return new Query("SELECT rowid AS item_id " + MATCHES, List.of(query(terms)));
    }

    @Override
    public Query ranked(List<String> terms) {
        return new Query("SELECT rowid AS item_id, bm25(item_words, 5.0, 1.0) AS place " + MATCHES + " ORDER BY place, rowid LIMIT ?",
                List.of(query(terms)));
    }

    @Override
    public Query newest(List<String> terms) {
        return new Query("SELECT rowid AS item_id " + MATCHES + " ORDER BY rowid DESC LIMIT ?", List.of(query(terms)));
    }

    private static String query(List<String> terms) {
        return terms.stream().map(WordIndexText::query).collect(Collectors.joining(" "));
    }
}
