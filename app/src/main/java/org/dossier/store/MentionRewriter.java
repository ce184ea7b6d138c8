package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
    /** Entities no mention names any more and the reporter said nothing about. */
    static final String DROP_UNNAMED_ENTITIES = """
            DELETE FROM entities WHERE watched = 0 AND merged_into_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM entity_aliases WHERE entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM entities m WHERE m.merged_into_id = entities.id)""";

    private final Connection connection;
    private final ItemTexts texts;
    private final MentionRows mentions;

    /** Replaces a case's mentions with a new extraction's, on its own connection. */
    public static MentionRewriter of(CaseFile caseFile) {
        return new MentionRewriter(caseFile.newConnection(), caseFile.timeZone());
    }

    MentionRewriter(Connection connection, ZoneId caseZone) {
        this.connection = connection;
        try {
            texts = new ItemTexts(connection, caseZone);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM mentions");
            }
            mentions = new MentionRows(connection);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new StoreException("cannot start re-extracting the case", e);
        }
    }

    /** Hands every item with text to {@code batches}, {@value ItemTexts#BATCH} at a time, in id order. */
    public void forEachBatch(Consumer<List<ItemText>> batches) {
        try {
            for (List<ItemText> batch = texts.after(0); !batch.isEmpty(); batch = texts.after(batch.get(batch.size() - 1).id())) {
                batches.accept(batch);
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

    /** Makes the new mentions the case's; every item has now been extracted, so the backlog is empty. */
    public void commit() {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE case_info SET value = (SELECT coalesce(max(id), 0) FROM items) WHERE key = '"
                    + ExtractionBacklog.MARK_KEY + "'");
            statement.executeUpdate(DROP_UNNAMED_ENTITIES);
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot commit the new extraction", e);
        }
    }

    @Override
    public void close() {
        Transactions.rollbackAndClose(connection);
    }
}
