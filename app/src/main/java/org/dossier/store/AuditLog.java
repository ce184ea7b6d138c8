package org.dossier.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;

/**
 * Writes and reads the case's audit log, inside the transaction of the change it records. Rows are
 * kept as JSON of every column, so a new column is logged without code; a
 * confidential source's real identity and private note are replaced by whether one is recorded
 * (in a team case every member reads the log, and only editors read those). The log's triggers
 * refuse any update or delete, whoever writes the file (schema V1).
 */
final class AuditLog {
    /** Columns logged only as whether they hold something, under the name given. */
    private static final Map<String, String> HIDDEN = SourceSecrets.RECORDED;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditLog() {
    }

    /** The row as JSON, its columns in the table's order, or null when there is none. */
    static String snapshot(Connection connection, String table, long rowId) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var rows = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        boolean readable = columns.stream().noneMatch(HIDDEN::containsKey) || SourceSecrets.readable(connection);
        String select = columns.stream().map(column -> HIDDEN.containsKey(column) ? SourceSecrets.recorded(column, readable) : column)
                .collect(Collectors.joining(", "));
        try (PreparedStatement row = connection.prepareStatement("SELECT " + select + " FROM " + table + " WHERE id = ?")) {
            row.setLong(1, rowId);
            try (var rows = row.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                ObjectNode json = JSON.createObjectNode();
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    Object value = rows.getObject(i + 1);
                    if (HIDDEN.containsKey(column)) {
                        json.put(HIDDEN.get(column), rows.getBoolean(i + 1) ? 1 : 0);
                    } else {
                        json.putPOJO(column, value);
                    }
                }
                return json.toString();
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
