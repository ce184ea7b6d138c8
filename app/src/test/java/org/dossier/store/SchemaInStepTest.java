package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case's schema on PostgreSQL is the laptop case's (decision 0031): the same tables, columns in
 * the same order with types of the same kind, the same keys, foreign keys, unique constraints,
 * indexes by name and triggers. A migration written for one engine and not the other fails here.
 * Checks and partial indexes' conditions are not compared (neither driver describes them).
 */
class SchemaInStepTest {
    @RegisterExtension
    static final EmbeddedTeamServer server = new EmbeddedTeamServer();

    @TempDir
    Path dir;

    @Test
    void bothEnginesHaveEveryVersion() {
        assertEquals(SchemaMigrator.bundled(Dialect.SQLITE).latestVersion(), SchemaMigrator.bundled(Dialect.POSTGRESQL).latestVersion(),
                "a migration written for one engine only");
    }

    @Test
    void theTwoSchemasHaveTheSameTablesColumnsKeysIndexesAndTriggers() throws SQLException {
        Map<String, String> laptop;
        try (Connection connection = CaseFile.openConnection(dir.resolve("laptop.dossier"))) {
            SchemaMigrator.bundled(Dialect.SQLITE).migrate(connection, "laptop.dossier");
            // the word index is each engine's own: FTS5 and its shadow tables here
            laptop = outline(connection, null, table -> !table.startsWith("item_words"),
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?");
        }
        Map<String, String> team;
        try (Connection connection = server.signIn(server.newDatabase(), "postgres")) {
            SchemaMigrator.bundled(Dialect.POSTGRESQL).migrate(connection, "the team case");
            // the word index and the notices of live work are a team case's own
            team = outline(connection, "public", table -> !table.equals("dossier_schema") && !table.equals("item_words"),
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT tgisinternal AND tgname NOT LIKE 'live\\_%' "
                            + "AND tgname NOT LIKE 'items\\_referenc%'");
        }
        // a team case checks an item's references once per statement (V22): the laptop's five foreign keys
        List<String> itemKeys = laptop.get("items").lines().filter(line -> line.startsWith("foreign key")).toList();
        assertEquals(STATEMENT_CHECKED, itemKeys);
        laptop.put("items", laptop.get("items").lines().filter(line -> !line.startsWith("foreign key")).collect(Collectors.joining("\n")));
        assertEquals(laptop.keySet(), team.keySet(), "tables");
        laptop.forEach((table, outline) -> assertEquals(outline, team.get(table), table));
    }

    /** The references of an item a team case checks once per statement (items_references), not by foreign keys. */
    private static final List<String> STATEMENT_CHECKED = List.of("foreign key author_id -> participants(id)",
            "foreign key conversation_id -> conversations(id)", "foreign key parent_item_id -> items(id)",
            "foreign key reply_to_id -> items(id)", "foreign key source_id -> sources(id)");

    @Test
    void aTeamCaseRefusesAnItemNamingWhatItDoesNotHoldAndKeepsWhatItemsName() throws SQLException {
        try (Connection connection = server.signIn(server.newDatabase(), "postgres"); Statement statement = connection.createStatement()) {
            SchemaMigrator.bundled(Dialect.POSTGRESQL).migrate(connection, "the team case");
            statement.execute("INSERT INTO import_runs(id, started_at, status, roots, app_version) VALUES (1, 1, 'completed', '[]', 'test'); "
                    + "INSERT INTO sources(id, sha256, size, status, first_run_id) VALUES (1, 'ab', 5, 'imported', 1); "
                    + "INSERT INTO conversations(id, conversation_key, platform, name, export_path) VALUES (1, 'k', 'lark', 'Seed', 'a.json'); "
                    + "INSERT INTO participants(id, platform, platform_id, name) VALUES (1, 'lark', 'ou_1', 'Ana'); "
                    + "INSERT INTO items(source_id, kind, locator, text, conversation_id, author_id) VALUES (1, 'message', 'm1', 'hi', 1, 1)");
            for (String dangling : List.of("source_id, kind, locator) VALUES (9, 'message', 'x'",
                    "source_id, kind, locator, conversation_id) VALUES (1, 'message', 'x', 9",
                    "source_id, kind, locator, author_id) VALUES (1, 'message', 'x', 9",
                    "source_id, kind, locator, parent_item_id) VALUES (1, 'message', 'x', 9",
                    "source_id, kind, locator, reply_to_id) VALUES (1, 'message', 'x', 9")) {
                assertRefused(statement, "INSERT INTO items(" + dangling + ")");
            }
            assertRefused(statement, "UPDATE items SET reply_to_id = 9");
            statement.execute("INSERT INTO items(source_id, kind, locator, reply_to_id, parent_item_id) VALUES (1, 'message', 'm2', 1, 1)");
            for (String named : List.of("sources", "conversations", "participants")) {
                assertRefused(statement, "DELETE FROM " + named);
            }
            assertRefused(statement, "DELETE FROM items WHERE locator = 'm1'"); // m2 answers it
        }
    }

    private static void assertRefused(Statement statement, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertEquals("23503", refused.getSQLState(), refused.getMessage()); // foreign_key_violation
    }

    @Test
    void aTeamCaseKnowsItsVersionAndIsMigratedOnce() throws SQLException {
        try (Connection connection = server.signIn(server.newDatabase(), "postgres")) {
            SchemaMigrator migrator = SchemaMigrator.bundled(Dialect.POSTGRESQL);
            assertEquals(0, Dialect.POSTGRESQL.schemaVersion(connection));
            migrator.migrate(connection, "the team case");
            assertEquals(migrator.latestVersion(), Dialect.POSTGRESQL.schemaVersion(connection));
            migrator.migrate(connection, "the team case");
            assertEquals(migrator.latestVersion(), Dialect.POSTGRESQL.schemaVersion(connection));
        }
    }

    /** Each table's columns, keys, indexes and triggers as lines of text, so that a difference reads as one. */
    private static Map<String, String> outline(Connection connection, String schema, Predicate<String> compared, String triggers)
            throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, String> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (compared.test(table) && !table.startsWith("sqlite_")) {
                    tables.put(table, null);
                }
            }
        }
        for (String table : tables.keySet()) {
            List<String> primaryKey = primaryKey(meta, schema, table);
            List<String> lines = new ArrayList<>();
            lines.add("primary key " + primaryKey);
            try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    boolean notNull = rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls || primaryKey.contains(column);
                    lines.add(column + " " + kind(rows.getString("TYPE_NAME")) + (notNull ? " not null" : ""));
                }
            }
            try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                Set<String> keys = new TreeSet<>();
                while (rows.next()) {
                    keys.add("foreign key " + rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " -> "
                            + rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "(" + rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT) + ")");
                }
                lines.addAll(keys);
            }
            lines.addAll(indexes(meta, schema, table, primaryKey));
            try (PreparedStatement statement = connection.prepareStatement(triggers)) {
                statement.setString(1, table);
                try (ResultSet rows = statement.executeQuery()) {
                    Set<String> names = new TreeSet<>();
                    while (rows.next()) {
                        names.add("trigger " + rows.getString(1));
                    }
                    lines.addAll(names);
                }
            }
            tables.put(table, String.join("\n", lines));
        }
        return tables;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(columns.values());
    }

    /**
     * Indexes by name with their columns; those an engine makes for a constraint (SQLite's
     * {@code sqlite_autoindex_…}, PostgreSQL's {@code …_key}) by their columns only, and the primary
     * key's not at all (it is compared above).
     */
    private static Set<String> indexes(DatabaseMetaData meta, String schema, String table, List<String> primaryKey) throws SQLException {
        Map<String, Map<Integer, String>> columns = new TreeMap<>();
        Set<String> unique = new HashSet<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"),
                        rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).replace("\"", ""));
                if (!rows.getBoolean("NON_UNIQUE")) {
                    unique.add(name);
                }
            }
        }
        Set<String> lines = new TreeSet<>();
        columns.forEach((name, byPosition) -> {
            List<String> on = List.copyOf(byPosition.values());
            boolean forConstraint = name.startsWith("sqlite_autoindex_") || name.endsWith("_key") || name.endsWith("_pkey");
            if (forConstraint && on.equals(primaryKey)) {
                return;
            }
            lines.add(forConstraint ? "unique " + on : (unique.contains(name) ? "unique index " : "index ") + name + " " + on);
        });
        return lines;
    }

    /** A column's type by the kind of value it holds, in either engine's words. */
    private static String kind(String type) {
        String name = type.toUpperCase(Locale.ROOT);
        return switch (name) {
            case "INTEGER", "INT", "INT4", "INT8", "BIGINT", "BIGSERIAL", "SERIAL" -> "integer";
            case "TEXT", "VARCHAR" -> "text";
            case "REAL", "FLOAT8", "DOUBLE PRECISION" -> "real";
            case "BLOB", "BYTEA" -> "blob";
            default -> name;
        };
    }
}
