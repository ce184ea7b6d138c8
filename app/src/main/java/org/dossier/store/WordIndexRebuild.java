package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the word index again from every item's stored title and text: when a new version of
 * Dossier indexes text differently (schema V14: Han characters in their Simplified form), and when
 * a case is copied to the other engine, whose index is its own (push, pull). A million
 * messages take a while, so it says how far it is every {@value #REPORT_EVERY} items.
 */
final class WordIndexRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(WordIndexRebuild.class);
    private static final int REPORT_EVERY = 100_000;

    private final Connection connection;

    WordIndexRebuild(Connection connection) {
        this.connection = connection;
    }

    /** Indexes every item; the index must be empty. */
    void run() throws SQLException {
        long total = count();
        WordIndexWriter index = new WordIndexWriter(connection);
        try (PreparedStatement items = connection.prepareStatement("SELECT id, title, text FROM items ORDER BY id")) {
            items.setFetchSize(REPORT_EVERY / 100); // PostgreSQL's driver would otherwise hold every item's text at once
            readInto(index, items, total);
        }
        index.flush();
    }

    private void readInto(WordIndexWriter index, PreparedStatement items, long total) throws SQLException {
        long done = 0;
        try (var rows = items.executeQuery()) {
            while (rows.next()) {
                index.add(rows.getLong(1), rows.getString(2), rows.getString(3));
                if (++done % REPORT_EVERY == 0) {
                    LOG.warn("indexing the words: {} of {} items", done, total);
                }
            }
        }
    }

    private long count() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM items"); var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
