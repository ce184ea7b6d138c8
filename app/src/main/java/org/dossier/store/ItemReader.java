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
 * Reads items back: by id, and by their text. Chinese or Japanese of three or more characters is
 * looked up in the trigram index, which matches it anywhere inside a run of text; every other term
 * goes to the word index (whole words, and Chinese bigrams for two characters). Every term must match; the ranking is
 * BM25 with titles weighted above body text, unless the query is too broad to rank.
 */
public final class ItemReader implements AutoCloseable {
    private static final int TRIGRAM = 3;

    private final Connection connection;

    ItemReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * Beyond this many matches a query is too broad to rank: BM25 scores every match before the
     * best can be picked (half a second for a common word in a million messages), so broad
     * queries list the newest matches instead, which the index walks without scoring.
     */
    public static final int RANKING_LIMIT = 20_000;

    /** Matching items, and whether they are in order of relevance or, for a broad query, newest first. */
    public record Found(List<Item> items, boolean ranked) {
    }

    /** Items matching every term. Terms are literal text, never query syntax. */
    public Found find(List<String> terms, int limit) {
        List<String> substringTerms = terms.stream().filter(ItemReader::needsSubstrings).toList();
        List<String> wordTerms = terms.stream().filter(t -> !t.isBlank() && !needsSubstrings(t)).toList();
        if (substringTerms.isEmpty() && wordTerms.isEmpty()) {
            return new Found(List.of(), true);
        }
        // The index that drives the query, and the other one as a filter when both are needed.
        boolean bySubstrings = !substringTerms.isEmpty();
        String table = bySubstrings ? "item_substrings" : "item_words";
        List<Object> parameters = new ArrayList<>();
        StringBuilder matches = new StringBuilder("FROM " + table + " WHERE " + table + " MATCH ?");
        parameters.add(bySubstrings ? substringTerms.stream().map(ItemReader::phrase).collect(Collectors.joining(" "))
                : wordTerms.stream().map(WordIndexText::query).collect(Collectors.joining(" ")));
        if (bySubstrings && !wordTerms.isEmpty()) {
            // The unary + keeps SQLite from handing the IN to the full-text table, which would restart
            // its query once per candidate row (half a second for a common short word); instead the
            // word matches are collected once and each substring match is checked against them.
            matches.append(" AND +rowid IN (SELECT rowid FROM item_words WHERE item_words MATCH ?)");
            parameters.add(wordTerms.stream().map(WordIndexText::query).collect(Collectors.joining(" ")));
        }
        try {
            boolean ranked = count("SELECT count(*) FROM (SELECT rowid " + matches + " LIMIT " + (RANKING_LIMIT + 1) + ")",
                    parameters) <= RANKING_LIMIT;
            String sql = ranked
                    ? ItemRows.SELECT + "JOIN (SELECT rowid AS item_id, bm25(" + table + ", 5.0, 1.0) AS rank " + matches
                            + ") hit ON hit.item_id = i.id ORDER BY hit.rank, i.id LIMIT ?"
                    : ItemRows.SELECT + "WHERE i.id IN (SELECT rowid " + matches + " ORDER BY rowid DESC LIMIT ?) ORDER BY i.id DESC";
            List<Object> all = new ArrayList<>(parameters);
            all.add(limit);
            return new Found(items(sql, all), ranked);
        } catch (SQLException e) {
            throw new StoreException("search failed for " + terms, e);
        }
    }

    /**
     * Chinese and Japanese of three characters or more are found as substrings (no spaces mark their
     * words); everything else as words, which is what readers of English expect and far cheaper
     * than checking the positions of every trigram of a long word.
     */
    private static boolean needsSubstrings(String term) {
        return WordIndexText.hasUnspaced(term) && term.codePointCount(0, term.length()) >= TRIGRAM;
    }

    private long count(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement query = prepare(sql, parameters); var rows = query.executeQuery()) {
            return rows.getLong(1);
        }
    }

    private List<Item> items(String sql, List<Object> parameters) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement query = prepare(sql, parameters); var rows = query.executeQuery()) {
            while (rows.next()) {
                items.add(ItemRows.map(rows));
            }
        }
        return items;
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setObject(i + 1, parameters.get(i));
        }
        return query;
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
