package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.ItemText;
import org.dossier.model.Mention;

/**
 * Replaces every mention of a case with a new extraction's, in one transaction on its own
 * connection: until {@link #commit}, readers see the old mentions, and a crash or a cancel leaves
 * them as they were. Entities that only the old extraction had found are dropped at commit; those
 * the reporter watched, aliased or merged stay.
 */
public final class MentionRewriter implements AutoCloseable {
    private static final int BATCH = 1000;

    private final Connection connection;
    private final ZoneId caseZone;
    private final MentionRows mentions;

    MentionRewriter(Connection connection, ZoneId caseZone) {
        this.connection = connection;
        this.caseZone = caseZone;
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM mentions");
            }
            mentions = new MentionRows(connection);
        } catch (SQLException e) {
            CaseFile.closeQuietly(connection);
            throw new StoreException("cannot start re-extracting the case", e);
        }
    }

    /**
     * Hands every item with text to {@code batches}, {@value #BATCH} at a time, in id order. Documents
     * created at a time without a zone are placed in the case's zone.
     */
    public void forEachBatch(Consumer<List<ItemText>> batches) {
        String sql = """
                SELECT id, text, coalesce(occurred_at, created_at), occurred_zone FROM items
                WHERE id > ? AND text <> '' ORDER BY id LIMIT""" + " " + BATCH;
        long after = 0;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            while (true) {
                query.setLong(1, after);
                List<ItemText> batch = new java.util.ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        long millis = rows.getLong(3);
                        Long anchor = rows.wasNull() ? null : millis;
                        String zone = rows.getString(4);
                        batch.add(new ItemText(rows.getLong(1), rows.getString(2), anchor == null ? null
                                : Instant.ofEpochMilli(anchor).atZone(zone == null ? caseZone : ZoneId.of(zone)).toLocalDate(), anchor));
                    }
                }
                if (batch.isEmpty()) {
                    return;
                }
                batches.accept(batch);
                after = batch.get(batch.size() - 1).id();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's items", e);
        }
    }

    public void write(ItemText item, List<Mention> found) {
        try {
            mentions.insert(item.id(), item.anchorMillis(), found);
        } catch (SQLException e) {
            throw new StoreException("cannot store the mentions of item " + item.id(), e);
        }
    }

    public void commit() {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    DELETE FROM entities WHERE watched = 0 AND merged_into_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
                      AND NOT EXISTS (SELECT 1 FROM entity_aliases WHERE entity_id = entities.id)
                      AND NOT EXISTS (SELECT 1 FROM entities m WHERE m.merged_into_id = entities.id)""");
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot commit the new extraction", e);
        }
    }

    @Override
    public void close() {
        CaseFile.rollbackAndClose(connection);
    }
}
