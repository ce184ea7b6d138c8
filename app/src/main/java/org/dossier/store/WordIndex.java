package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One engine's word index (decision 0031): both hold the tokens {@link WordIndexText} gives them and
 * are asked for the same phrases, so a search finds the same items on a laptop and on a server.
 * Terms given here are never blank; every one must match.
 */
interface WordIndex {
    /** A query's SQL and its parameters, in order. */
    record Query(String sql, List<Object> parameters) {
    }

    /** Prepares what {@link #add} writes with. */
    PreparedStatement prepareInsert(Connection connection) throws SQLException;

    /** Adds an item's words; they may wait in the statement's batch until {@link #flush}. */
    void add(PreparedStatement insert, long itemId, String title, String text) throws SQLException;

    /** Writes what waits in the statement's batch. */
    void flush(PreparedStatement insert) throws SQLException;

    /** The ids of the items matching every term, as a column {@code item_id}, in no order. */
    Query matching(List<String> terms);

    /** The best matches first, as columns {@code item_id} and {@code place} (lower is better), ending in {@code LIMIT ?}. */
    Query ranked(List<String> terms);

    /** The ids of the newest matches first, as a column {@code item_id}, ending in {@code LIMIT ?}. */
    Query newest(List<String> terms);
}
