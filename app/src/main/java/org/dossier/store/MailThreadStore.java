package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.MailAddress;
import org.dossier.model.MailHeaders;
import org.dossier.model.MailThread;

/**
 * The e-mails of a case as threading needs them, read from the headers recorded as each mail was
 * imported, and the threads written back as conversations of the platform "email": each mail's item
 * joins its thread's conversation and names the mail it answers, so a thread reads like a chat,
 * counts among the conversations and filters the timeline like one.
 */
public final class MailThreadStore implements AutoCloseable {
    private final Connection connection;

    public static MailThreadStore of(CaseFile caseFile) {
        return new MailThreadStore(caseFile.newConnection());
    }

    MailThreadStore(Connection connection) {
        this.connection = connection;
    }

    /** Every e-mail of the case with what its headers say of its thread. */
    public List<MailHeaders> headers() {
        Map<Long, List<MailAddress>> people = people();
        List<MailHeaders> mails = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT item_id, message_id, parents, conversation_index, subject, sent_at FROM mail_headers")) {
            while (rows.next()) {
                long item = rows.getLong(1);
                String parents = rows.getString(3);
                long sent = rows.getLong(6);
                Instant sentAt = rows.wasNull() ? null : Instant.ofEpochMilli(sent);
                mails.add(new MailHeaders(item, rows.getString(2), parents.isEmpty() ? List.of() : List.of(parents.split(" ")),
                        rows.getString(4), rows.getString(5), people.getOrDefault(item, List.of()), sentAt));
            }
            return mails;
        } catch (SQLException e) {
            throw new StoreException("cannot read the e-mails' headers", e);
        }
    }

    /** Each mail's sender and recipients. */
    private Map<Long, List<MailAddress>> people() {
        Map<Long, List<MailAddress>> people = new HashMap<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT item_id, role, address, name FROM mail_people")) {
            while (rows.next()) {
                people.computeIfAbsent(rows.getLong(1), item -> new ArrayList<>(4))
                        .add(new MailAddress(rows.getString(2), rows.getString(3), rows.getString(4)));
            }
            return people;
        } catch (SQLException e) {
            throw new StoreException("cannot read who the e-mails are from and to", e);
        }
    }

    /**
     * Writes the threads as conversations, in place of the ones written before; a mail in no thread
     * any more leaves its conversation. Each mail's place is staged in a table of its own and
     * written in one statement, and only where it changed: row by row, a large mailbox would take
     * seconds more, and importing again would rewrite every mail. The staged rows are checked against
     * the items once, as a set, and SQLite's row-by-row foreign-key checks are off meanwhile: they
     * tripled the update's time (0.6 → 1.9 s for 100,000 mails).
     */
    public void replace(List<MailThread> threads) {
        setForeignKeys(false);
        try {
            writeThreads(threads);
        } finally {
            setForeignKeys(true);
        }
    }

    private void writeThreads(List<MailThread> threads) {
        Transactions.inTransaction(connection, "write the e-mail threads", () -> {
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMP TABLE IF NOT EXISTS thread_members(
                            item_id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, reply_to_id INTEGER)""");
                statement.execute("DELETE FROM thread_members");
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                         INSERT INTO conversations(conversation_key, platform, name, kind, export_path, zone_assumed)
                         SELECT ?, 'email', ?, 'thread', l.path, 0 FROM items i JOIN source_locations l ON l.source_id = i.source_id
                         WHERE i.id = ? ORDER BY l.id LIMIT 1
                         ON CONFLICT(conversation_key) DO UPDATE SET name = excluded.name RETURNING id""");
                 PreparedStatement member = connection.prepareStatement("INSERT INTO thread_members VALUES (?, ?, ?)")) {
                for (MailThread thread : threads) {
                    upsert.setString(1, thread.key());
                    upsert.setString(2, thread.subject());
                    upsert.setLong(3, thread.itemIds().get(0));
                    long conversation;
                    try (var rows = upsert.executeQuery()) {
                        rows.next();
                        conversation = rows.getLong(1);
                    }
                    for (long item : thread.itemIds()) {
                        member.setLong(1, item);
                        member.setLong(2, conversation);
                        member.setObject(3, thread.parents().get(item));
                        member.addBatch();
                    }
                }
                member.executeBatch();
            }
            try (var statement = connection.createStatement()) {
                requireKnownItems(statement);
                statement.executeUpdate("""
                        UPDATE items SET conversation_id = NULL, reply_to_id = NULL
                        WHERE conversation_id IN (SELECT id FROM conversations WHERE platform = 'email')
                          AND id NOT IN (SELECT item_id FROM thread_members)""");
                statement.executeUpdate("""
                        UPDATE items SET conversation_id = m.conversation_id, reply_to_id = m.reply_to_id
                        FROM thread_members m
                        WHERE items.id = m.item_id
                          AND (items.conversation_id IS DISTINCT FROM m.conversation_id OR items.reply_to_id IS DISTINCT FROM m.reply_to_id)""");
                statement.executeUpdate("""
                        DELETE FROM conversations WHERE platform = 'email'
                        AND NOT EXISTS (SELECT 1 FROM items i WHERE i.conversation_id = conversations.id)""");
                statement.execute("DELETE FROM thread_members");
            }
            return null;
        });
    }

    /** What the foreign keys would refuse: a staged mail, or the mail it answers, that is not an item of the case. */
    private static void requireKnownItems(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("""
                SELECT count(*) FROM thread_members m
                WHERE NOT EXISTS (SELECT 1 FROM items WHERE id = m.item_id)
                   OR (m.reply_to_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM items WHERE id = m.reply_to_id))""")) {
            rows.next();
            long unknown = rows.getLong(1);
            if (unknown > 0) {
                throw new StoreException("cannot write the e-mail threads: " + unknown + " of their mails are not in the case");
            }
        }
    }

    private void setForeignKeys(boolean on) {
        try (Statement statement = connection.createStatement()) {
            if (Dialect.of(connection) == Dialect.SQLITE) { // PostgreSQL checks each row's references as it always does
                statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot set the foreign-key checks", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
