package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;

/**
 * Writes and reads the case's audit log, inside the transaction of the change it records. Rows are
 * kept as JSON made by SQLite from every column, so a new column is logged without code; a
 * confidential source's real identity and private note are replaced by whether one is recorded
 * (in a team case every member reads the log, and only editors read those). The log's triggers
 * refuse any update or delete, whoever writes the file (schema V1).
 */
final class AuditLog {
    /** Columns logged only as whether they hold something, under the name given. */
    private static final Map<String, String> HIDDEN = Map.of("real_identity", "identity_recorded", "private_note", "note_recorded");

    private AuditLog() {
    }

    /** The row as JSON, or null when there is none. */
    static String snapshot(Connection connection, String table, long rowId) throws SQLException {
        List<String> pairs = new ArrayList<>();
        try (PreparedStatement columns = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            columns.setString(1, table);
            try (var rows = columns.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    pairs.add(HIDDEN.containsKey(column) ? "'" + HIDDEN.get(column) + "', " + column + " IS NOT NULL" : "'" + column + "', " + column);
                }
            }
        }
        try (PreparedStatement row = connection.prepareStatement(
                "SELECT json_object(" + String.join(", ", pairs) + ") FROM " + table + " WHERE id = ?")) {
            row.setLong(1, rowId);
            try (var rows = row.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static void record(Connection connection, Actor actor, Instant at, String action, String table, long rowId, String before,
                       String after) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_log(at, actor, role, action, table_name, row_id, before, after)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, at.toEpochMilli());
            insert.setString(2, actor.name());
            insert.setString(3, actor.role().name().toLowerCase(java.util.Locale.ROOT));
            insert.setString(4, action);
            insert.setString(5, table);
            insert.setLong(6, rowId);
            insert.setString(7, before);
            insert.setString(8, after);
            insert.executeUpdate();
        }
    }

    /** Runs a change to a row and records it with the row before and after. */
    static void change(Connection connection, Actor actor, Instant at, String action, String table, long rowId, SqlWork work)
            throws SQLException {
        String before = snapshot(connection, table, rowId);
        work.run();
        record(connection, actor, at, action, table, rowId, before, snapshot(connection, table, rowId));
    }

    static List<AuditEntry> entries(Connection connection) throws SQLException {
        List<AuditEntry> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, at, actor, role, action, table_name, row_id, before, after FROM audit_log ORDER BY id");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new AuditEntry(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                        Actor.Role.valueOf(rows.getString(4).toUpperCase(java.util.Locale.ROOT)), rows.getString(5), rows.getString(6),
                        rows.getLong(7), rows.getString(8), rows.getString(9)));
            }
        }
        return found;
    }

    /** A change to the database that may fail. */
    interface SqlWork {
        void run() throws SQLException;
    }
}
