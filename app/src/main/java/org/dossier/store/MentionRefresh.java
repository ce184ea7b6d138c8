package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.ItemText;
import org.dossier.model.Mention;

/**
 * Extracts again the items that hold some words, replacing their mentions, in one transaction on
 * its own connection: when the case learns a name (a company seen once with its legal form), the
 * items read before it learned it. Until {@link #commit}, readers see the old mentions.
 */
public final class MentionRefresh implements AutoCloseable {
    /** Words looked for in one query: SQLite's limit on parameters is far above, a long OR is not. */
    private static final int WORDS_A_QUERY = 50;

    private final Connection connection;
    private final ZoneId caseZone;
    private final MentionRows mentions;
    private final PreparedStatement delete;

    public static MentionRefresh of(CaseFile caseFile) {
        return new MentionRefresh(caseFile.newConnection(), caseFile.timeZone());
    }

    MentionRefresh(Connection connection, ZoneId caseZone) {
        this.connection = connection;
        this.caseZone = caseZone;
        try {
            connection.setAutoCommit(false);
            mentions = new MentionRows(connection);
            delete = connection.prepareStatement("DELETE FROM mentions WHERE item_id = ?");
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new StoreException("cannot start extracting items again", e);
        }
    }

    /** The items whose text holds any of the words (as written), in id order, each once. */
    public List<ItemText> itemsContaining(List<String> words) {
        Map<Long, ItemText> items = new LinkedHashMap<>();
        try {
            for (int from = 0; from < words.size(); from += WORDS_A_QUERY) {
                List<String> some = words.subList(from, Math.min(words.size(), from + WORDS_A_QUERY));
                String any = String.join(" OR ", Collections.nCopies(some.size(), "instr(text, ?) > 0"));
                try (PreparedStatement query = connection.prepareStatement("SELECT " + ItemTexts.COLUMNS
                        + " FROM items WHERE text <> '' AND (" + any + ") ORDER BY id")) {
                    for (int i = 0; i < some.size(); i++) {
                        query.setString(i + 1, some.get(i));
                    }
                    ItemTexts.read(query, caseZone).forEach(item -> items.putIfAbsent(item.id(), item));
                }
            }
            return new ArrayList<>(items.values());
        } catch (SQLException e) {
            throw new StoreException("cannot find the items that hold the names learned", e);
        }
    }

    /** Replaces the item's mentions with these; returns how many it had. */
    public int replace(ItemText item, List<Mention> found) {
        try {
            delete.setLong(1, item.id());
            int had = delete.executeUpdate();
            mentions.insert(item.id(), item.anchorMillis(), found);
            return had;
        } catch (SQLException e) {
            throw new StoreException("cannot store the mentions of item " + item.id(), e);
        }
    }

    /** Makes the new mentions the case's, dropping entities only the old ones named. */
    public void commit() {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(MentionRewriter.DROP_UNNAMED_ENTITIES);
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot commit the items extracted again", e);
        }
    }

    @Override
    public void close() {
        Transactions.rollbackAndClose(connection);
    }
}
