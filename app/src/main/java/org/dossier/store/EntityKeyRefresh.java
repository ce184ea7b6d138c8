package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.KnownEntity;

/**
 * Keys a case's entities and aliases again after {@link KnownEntity#keyOf} changed (schema V14: Han
 * characters in their Simplified form). An entity whose new key another entity of its type holds
 * already is the same entity written in the other script ("字節跳動", "字节跳动"): the later of the
 * two is merged into the earlier, as the reporter's merge would, and keeps its old key.
 */
final class EntityKeyRefresh {
    private EntityKeyRefresh() {
    }

    private record Keyed(long id, String type, String key) {
    }

    static void run(Connection connection) throws SQLException {
        for (Keyed alias : rows(connection, "SELECT entity_id, '', normalized_key FROM entity_aliases")) {
            String key = KnownEntity.keyOf(alias.key());
            if (!key.equals(alias.key())) {
                update(connection, "UPDATE OR IGNORE entity_aliases SET normalized_key = ? WHERE entity_id = ? AND normalized_key = ?",
                        key, alias.id(), alias.key());
                update(connection, "DELETE FROM entity_aliases WHERE entity_id = ? AND normalized_key = ?", alias.id(), alias.key());
            }
        }
        for (Keyed entity : rows(connection, "SELECT id, type, normalized_key FROM entities ORDER BY id")) {
            String key = KnownEntity.keyOf(entity.key());
            if (key.equals(entity.key())) {
                continue;
            }
            Long holder = rootOf(connection, "SELECT coalesce(merged_into_id, id) FROM entities WHERE type = ? AND normalized_key = ?",
                    entity.type(), key);
            if (holder == null) {
                update(connection, "UPDATE entities SET normalized_key = ? WHERE id = ?", key, entity.id());
                continue;
            }
            long root = rootOf(connection, "SELECT coalesce(merged_into_id, id) FROM entities WHERE id = ?", entity.id());
            if (root != holder) {
                EntityStore.mergeRows(connection, Math.max(root, holder), Math.min(root, holder));
            }
        }
    }

    private static List<Keyed> rows(Connection connection, String sql) throws SQLException {
        List<Keyed> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); var result = query.executeQuery()) {
            while (result.next()) {
                rows.add(new Keyed(result.getLong(1), result.getString(2), result.getString(3)));
            }
        }
        return rows;
    }

    private static Long rootOf(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(connection, sql, parameters); var result = query.executeQuery()) {
            return result.next() ? result.getLong(1) : null;
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = prepared(connection, sql, parameters)) {
            update.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
