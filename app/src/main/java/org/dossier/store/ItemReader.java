package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Item;

/**
 * Reads items back: by id, and by their text. Every term must match: English as whole words,
 * Chinese and Japanese anywhere inside a run of text (as a phrase of the bigrams the index holds,
 * see {@link WordIndexText}). The ranking is BM25 with titles weighted above body text, unless the
 * query is too broad to rank.
 */
public final class ItemReader implements AutoCloseable {
    private final Connection connection;

    /** Search and item reads on a case, on their own connection. */
    public static ItemReader of(CaseFile caseFile) {
        return new ItemReader(caseFile.newConnection());
    }

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
        List<String> words = terms.stream().filter(term -> !term.isBlank()).toList();
        if (words.isEmpty()) {
            return new Found(List.of(), true);
        }
        try {
            WordIndex index = Dialect.of(connection).wordIndex();
            WordIndex.Query matching = index.matching(words);
            boolean ranked = count("SELECT count(*) FROM (" + matching.sql() + " LIMIT " + (RANKING_LIMIT + 1) + ") m",
                    matching.parameters()) <= RANKING_LIMIT;
            WordIndex.Query hits = ranked ? index.ranked(words) : index.newest(words);
            String sql = ranked
                    ? ItemRows.SELECT + "JOIN (" + hits.sql() + ") hit ON hit.item_id = i.id ORDER BY hit.place, i.id"
                    : ItemRows.SELECT + "WHERE i.id IN (" + hits.sql() + ") ORDER BY i.id DESC";
            List<Object> all = new ArrayList<>(hits.parameters());
            all.add(limit);
            return new Found(items(sql, all), ranked);
        } catch (SQLException e) {
            throw new StoreException("search failed for " + terms, e);
        }
    }

    private long count(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement query = prepare(sql, parameters); var rows = query.executeQuery()) {
            rows.next();
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

    /** The newest items that mention an entity (or anything merged into it). */
    public List<Item> mentioning(long entityId, int limit) {
        try {
            return items(ItemRows.SELECT + """
                    WHERE i.id IN (SELECT item_id FROM mentions WHERE entity_id = ?)
                    ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?""", List.of(entityId, limit));
        } catch (SQLException e) {
            throw new StoreException("cannot find the items that mention entity " + entityId, e);
        }
    }

    /** The ways the case's texts write an entity, most used first. */
    public List<String> namesOf(long entityId) {
        try (PreparedStatement query = prepare("""
                SELECT surface FROM mentions WHERE entity_id = ? GROUP BY surface ORDER BY count(*) DESC""", List.of(entityId))) {
            return Transactions.strings(query);
        } catch (SQLException e) {
            throw new StoreException("cannot read the names of entity " + entityId, e);
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

    /** When the file with this content first came into the case, if it is in the case. */
    public Optional<Instant> importedAt(long sourceId) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT r.started_at FROM sources s JOIN import_runs r ON r.id = s.first_run_id WHERE s.id = ?")) {
            query.setLong(1, sourceId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(Instant.ofEpochMilli(rows.getLong(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read when source " + sourceId + " was imported", e);
        }
    }

    /** How OCR read an item's text: the engine, its version and the languages; empty for text that was not read by OCR. */
    public Optional<String> ocrReading(long itemId) {
        try (PreparedStatement query = connection.prepareStatement("SELECT engine || ', ' || languages FROM ocr_pages WHERE item_id = ?")) {
            query.setLong(1, itemId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read how item " + itemId + " was read", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
