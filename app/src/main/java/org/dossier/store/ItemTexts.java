package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.ItemText;

/**
 * Reads items' texts in id order, a batch at a time, with the moment each was written, as
 * extraction needs them. Documents created at a time without a zone are placed in the case's zone.
 */
final class ItemTexts {
    static final int BATCH = 1000;
    /** What extraction reads of an item: its id, text, when it was written and in which zone. */
    static final String COLUMNS = "id, text, coalesce(occurred_at, created_at), occurred_zone";

    private final PreparedStatement query;
    private final ZoneId caseZone;

    ItemTexts(Connection connection, ZoneId caseZone) throws SQLException {
        this.caseZone = caseZone;
        query = connection.prepareStatement("SELECT " + COLUMNS + " FROM items WHERE id > ? AND text <> '' ORDER BY id LIMIT " + BATCH);
    }

    /** The next items with text after {@code id}; empty when there are none. */
    List<ItemText> after(long id) throws SQLException {
        query.setLong(1, id);
        return read(query, caseZone);
    }

    /** The items a query selects as {@link #COLUMNS}. */
    static List<ItemText> read(PreparedStatement query, ZoneId caseZone) throws SQLException {
        List<ItemText> batch = new ArrayList<>();
        try (var rows = query.executeQuery()) {
            while (rows.next()) {
                long millis = rows.getLong(3);
                Long anchor = rows.wasNull() ? null : millis;
                String zone = rows.getString(4);
                batch.add(new ItemText(rows.getLong(1), rows.getString(2), anchor == null ? null
                        : Instant.ofEpochMilli(anchor).atZone(zone == null ? caseZone : ZoneId.of(zone)).toLocalDate(), anchor));
            }
        }
        return batch;
    }
}
