package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.Item;

/**
 * Reads items back: by id, and by their text. A term of three or more characters is looked up in the trigram
 * index, which matches it anywhere, inside words and inside Chinese runs alike; a shorter term
 * goes to the word index (whole words, or Chinese bigrams). Every term must match; the ranking is
 * BM25 with titles weighted above body text.
 */
public final class ItemReader implements AutoCloseable {
    private static final int TRIGRAM = 3;

    private final Connection connection;

    ItemReader(Connection connection) {
        this.connection = connection;
    }

    /** Items matching every term, best first. Terms are literal text, never query syntax. */
    public List<Item> find(List<String> terms, int limit) {
        List<String> substringTerms = terms.stream().filter(t -> t.codePointCount(0, t.length()) >= TRIGRAM).toList();
        List<String> wordTerms = terms.stream().filter(t -> !t.isBlank() && t.codePointCount(0, t.length()) < TRIGRAM).toList();
        if (substringTerms.isEmpty() && wordTerms.isEmpty()) {
            return List.of();
        }
        String substringMatch = substringTerms.stream().map(ItemReader::phrase).collect(Collectors.joining(" "));
        String wordMatch = wordTerms.stream().map(WordIndexText::query).collect(Collectors.joining(" "));

        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(ItemRows.SELECT);
        if (!substringTerms.isEmpty()) {
            sql.append("JOIN (SELECT rowid AS item_id, bm25(item_substrings, 5.0, 1.0) AS rank FROM item_substrings "
                    + "WHERE item_substrings MATCH ?) hit ON hit.item_id = i.id ");
            parameters.add(substringMatch);
            if (!wordTerms.isEmpty()) {
                sql.append("WHERE i.id IN (SELECT rowid FROM item_words WHERE item_words MATCH ?) ");
                parameters.add(wordMatch);
            }
        } else {
            sql.append("JOIN (SELECT rowid AS item_id, bm25(item_words, 5.0, 1.0) AS rank FROM item_words "
                    + "WHERE item_words MATCH ?) hit ON hit.item_id = i.id ");
            parameters.add(wordMatch);
        }
        sql.append("ORDER BY hit.rank, i.id LIMIT ?");
        parameters.add(limit);

        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            List<Item> items = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(ItemRows.map(rows));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new StoreException("search failed for " + terms, e);
        }
    }

    public Optional<Item> item(long id) {
        try (PreparedStatement query = connection.prepareStatement(ItemRows.SELECT + "WHERE i.id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(ItemRows.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read item " + id, e);
        }
    }

    private static String phrase(String term) {
        return "\"" + term.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        CaseFile.closeQuietly(connection);
    }
}
