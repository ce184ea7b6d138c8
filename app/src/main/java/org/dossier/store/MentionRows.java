package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.dossier.model.Mention;

/**
 * Writes an item's mentions, each with its span, the extractor that found it, and for names the
 * entity it belongs to. A relative date keeps its anchor: the time of the item it was resolved against.
 */
final class MentionRows {
    private final PreparedStatement insert;
    private final EntityRegistry entities;

    MentionRows(Connection connection) throws SQLException {
        insert = connection.prepareStatement("""
                INSERT INTO mentions(item_id, entity_id, type, surface, normalized_key, start_offset, end_offset, extractor,
                                     confidence, date_value, date_precision, date_anchor, ambiguous)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        entities = new EntityRegistry(connection);
    }

    /** @param anchorMillis when the item was written (epoch ms), or null when unknown */
    void insert(long itemId, Long anchorMillis, List<Mention> mentions) throws SQLException {
        for (Mention mention : mentions) {
            Mention.DateValue date = mention.date();
            insert.setLong(1, itemId);
            setNullable(2, entities.entityOf(mention));
            insert.setString(3, mention.type().name());
            insert.setString(4, mention.text());
            insert.setString(5, mention.normalized());
            insert.setInt(6, mention.start());
            insert.setInt(7, mention.end());
            insert.setString(8, mention.extractor());
            insert.setDouble(9, mention.confidence());
            insert.setString(10, date == null ? null : date.value());
            insert.setString(11, date == null ? null : date.precision().name());
            setNullable(12, date != null && date.relative() ? anchorMillis : null);
            insert.setInt(13, (date != null && date.ambiguous()) ? 1 : 0);
            insert.executeUpdate();
        }
    }

    private void setNullable(int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setLong(index, value);
        }
    }
}
