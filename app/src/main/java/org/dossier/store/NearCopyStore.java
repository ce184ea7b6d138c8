package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.Item;

/** Documents' MinHash signatures and the groups of near-copies they make. */
public final class NearCopyStore implements AutoCloseable {
    private final Connection connection;

    public static NearCopyStore of(CaseFile caseFile) {
        return new NearCopyStore(caseFile.newConnection());
    }

    NearCopyStore(Connection connection) {
        this.connection = connection;
    }

    /** Up to {@code limit} documents with no signature yet, by id, with their text. */
    public Map<Long, String> unsigned(int limit) {
        Map<Long, String> texts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.id, i.text FROM items i WHERE i.kind = 'document'
                AND NOT EXISTS (SELECT 1 FROM item_signatures s WHERE s.item_id = i.id) ORDER BY i.id LIMIT ?""")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), rows.getString(2));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents to sign", e);
        }
    }

    /** Records signatures (null for a text too short to compare). */
    public void sign(Map<Long, byte[]> signatures) {
        Transactions.inTransaction(connection, "record the documents' signatures", () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item_signatures VALUES (?, ?) ON CONFLICT(item_id) DO UPDATE SET signature = excluded.signature")) {
                for (Map.Entry<Long, byte[]> signature : signatures.entrySet()) {
                    insert.setLong(1, signature.getKey());
                    insert.setBytes(2, signature.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Every signature of a text long enough to compare. */
    public Map<Long, byte[]> signatures() {
        Map<Long, byte[]> signatures = new HashMap<>();
        try (var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT item_id, signature FROM item_signatures WHERE signature IS NOT NULL")) {
            while (rows.next()) {
                signatures.put(rows.getLong(1), rows.getBytes(2));
            }
            return signatures;
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents' signatures", e);
        }
    }

    /** The conversation of every signed item in one (an e-mail thread, a chat). */
    public Map<Long, Long> conversations() {
        Map<Long, Long> conversations = new HashMap<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT i.id, i.conversation_id FROM items i JOIN item_signatures s ON s.item_id = i.id
                WHERE s.signature IS NOT NULL AND i.conversation_id IS NOT NULL""")) {
            while (rows.next()) {
                conversations.put(rows.getLong(1), rows.getLong(2));
            }
            return conversations;
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents' conversations", e);
        }
    }

    /** The groups of near-copies, in place of those before. */
    public void replaceGroups(List<List<Long>> groups) {
        Transactions.inTransaction(connection, "write the groups of near-copies", () -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM near_copies");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO near_copies VALUES (?, ?)")) {
                for (List<Long> group : groups) {
                    for (long item : group) {
                        insert.setLong(1, item);
                        insert.setLong(2, group.get(0));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** A group of near-copies: its first item, and how many items it holds. */
    public record Group(long id, int size) {
    }

    /** For each of these items in a group of near-copies, its group. */
    public Map<Long, Group> groupsOf(Collection<Long> items) {
        Map<Long, Group> groups = new HashMap<>();
        if (items.isEmpty()) {
            return groups;
        }
        String in = items.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT n.item_id, n.group_id, (SELECT count(*) FROM near_copies g WHERE g.group_id = n.group_id)
                FROM near_copies n WHERE n.item_id IN (""" + in + ")")) {
            while (rows.next()) {
                groups.put(rows.getLong(1), new Group(rows.getLong(2), rows.getInt(3)));
            }
            return groups;
        } catch (SQLException e) {
            throw new StoreException("cannot read the groups of near-copies", e);
        }
    }

    /** The other items of an item's group of near-copies, oldest item first; empty when it has none. */
    public List<Item> copiesOf(long itemId) {
        List<Item> copies = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ItemRows.SELECT + """
                WHERE i.id IN (SELECT item_id FROM near_copies WHERE group_id = (SELECT group_id FROM near_copies WHERE item_id = ?))
                AND i.id <> ? ORDER BY i.id""")) {
            query.setLong(1, itemId);
            query.setLong(2, itemId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    copies.add(ItemRows.map(rows));
                }
            }
            return copies;
        } catch (SQLException e) {
            throw new StoreException("cannot read the near-copies of item " + itemId, e);
        }
    }

    /** Every path a file was received under, in the order found (an exact copy is one source, found in several places). */
    public List<String> receivedAs(long sourceId) {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT path FROM source_locations WHERE source_id = ? ORDER BY id")) {
            query.setLong(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    paths.add(rows.getString(1));
                }
            }
            return paths;
        } catch (SQLException e) {
            throw new StoreException("cannot read where source " + sourceId + " was received", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
