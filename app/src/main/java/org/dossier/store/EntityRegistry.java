package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dossier.model.KnownEntity;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * The entity a name mention belongs to: the one whose alias or key it is, followed to the entity it
 * was merged into, or a new one named as the text first wrote it. Looked up once per key, then
 * cached; used on the writer's connection and thread only.
 */
final class EntityRegistry {
    static final Set<MentionType> NAMED = Set.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION);

    private final Map<String, Long> ids = new HashMap<>();
    private final PreparedStatement byAlias;
    private final PreparedStatement byKey;
    private final PreparedStatement insert;

    EntityRegistry(Connection connection) throws SQLException {
        byAlias = connection.prepareStatement("""
                SELECT coalesce(e.merged_into_id, e.id) FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                WHERE e.type = ? AND a.normalized_key = ? ORDER BY e.id LIMIT 1""");
        byKey = connection.prepareStatement("SELECT coalesce(merged_into_id, id) FROM entities WHERE type = ? AND normalized_key = ?");
        insert = connection.prepareStatement("INSERT INTO entities(type, name, normalized_key) VALUES (?, ?, ?) RETURNING id");
    }

    /** The entity of a person, organisation or place mention; null for dates, e-mails and other shapes. */
    Long entityOf(Mention mention) throws SQLException {
        if (!NAMED.contains(mention.type())) {
            return null;
        }
        String key = KnownEntity.keyOf(mention.normalized());
        String cacheKey = mention.type() + "\t" + key;
        Long known = ids.get(cacheKey);
        if (known == null) {
            known = find(byAlias, mention.type(), key);
            if (known == null) {
                known = find(byKey, mention.type(), key);
            }
            if (known == null) {
                insert.setString(1, mention.type().name());
                insert.setString(2, mention.text());
                insert.setString(3, key);
                known = ImportWriter.returnedId(insert);
            }
            ids.put(cacheKey, known);
        }
        return known;
    }

    private static Long find(PreparedStatement query, MentionType type, String key) throws SQLException {
        query.setString(1, type.name());
        query.setString(2, key);
        try (var rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }
}
