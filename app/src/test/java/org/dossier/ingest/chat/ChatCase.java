package org.dossier.ingest.chat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The messages a case holds, in time order, read back with plain SQL for assertions. */
record ChatCase(List<Row> authored, List<Row> system) {

    record Row(String author, Instant at, String zone, boolean zoneAssumed, String text, String conversation, String locator) {
    }

    static ChatCase read(Path caseFile) throws SQLException {
        List<Row> authored = new ArrayList<>();
        List<Row> system = new ArrayList<>();
        String sql = """
                SELECT i.kind, i.author, i.occurred_at, i.occurred_zone, i.zone_assumed, i.text, c.name, i.locator
                FROM items i JOIN conversations c ON c.id = i.conversation_id ORDER BY i.occurred_at, i.id""";
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + caseFile);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                Row row = new Row(rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)), rows.getString(4),
                        rows.getBoolean(5), rows.getString(6), rows.getString(7), rows.getString(8));
                ("message".equals(rows.getString(1)) ? authored : system).add(row);
            }
        }
        return new ChatCase(authored, system);
    }

    /** The first column of the first row of a query, as text. */
    static String query(Path caseFile, String sql) throws SQLException {
        return org.dossier.CaseChecks.query(caseFile, sql);
    }

    /** The conversation of the n-th system event. */
    String conversationOf(int systemIndex) {
        return system.get(systemIndex).conversation();
    }

    Row first() {
        return authored.get(0);
    }

    Row last() {
        return authored.get(authored.size() - 1);
    }

    Row withText(String start) {
        return authored.stream().filter(row -> row.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no message starting " + start));
    }
}
