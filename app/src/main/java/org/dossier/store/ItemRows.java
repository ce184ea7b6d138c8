package org.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.Provenance;
import org.dossier.model.Sha256;
import org.dossier.model.Timestamp;

/** The one way items are read back: the columns to select and how a row becomes an {@link Item}. */
final class ItemRows {
    /** Items joined to their source, the first path the source was found at, and their conversation (i, s, l, c). */
    static final String SELECT = """
            SELECT i.id, i.kind, i.title, i.author, i.occurred_at, i.occurred_zone, i.zone_assumed, i.media_type,
                   i.text, i.source_id, s.sha256, l.path, i.locator, s.media_type, c.name
            FROM items i
            LEFT JOIN conversations c ON c.id = i.conversation_id
            JOIN sources s ON s.id = i.source_id
            JOIN source_locations l ON l.id = (SELECT min(id) FROM source_locations WHERE source_id = i.source_id)
            """;

    private ItemRows() {
    }

    static Item map(ResultSet row) throws SQLException {
        long occurred = row.getLong(5);
        Timestamp occurredAt = row.wasNull() ? null
                : new Timestamp(Instant.ofEpochMilli(occurred), ZoneId.of(row.getString(6)), row.getBoolean(7));
        Provenance provenance = new Provenance(row.getLong(10), row.getString(12), new Sha256(row.getString(11)),
                row.getString(14), row.getString(13));
        return new Item(row.getLong(1), ItemKind.fromDbName(row.getString(2)), row.getString(3), row.getString(4),
                occurredAt, row.getString(8), row.getString(9), row.getString(15), provenance);
    }
}
