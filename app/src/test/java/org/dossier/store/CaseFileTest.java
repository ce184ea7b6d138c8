package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-12-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void newCaseHasTheLatestSchemaAndRemembersItsZone() throws SQLException {
        Path file = dir.resolve("new.dossier");
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneId.of("Asia/Shanghai"), CLOCK)) {
            assertEquals(ZoneId.of("Asia/Shanghai"), caseFile.timeZone());
            assertEquals("ok", caseFile.integrityCheck());
        }
        try (Connection connection = CaseFile.openConnection(file)) {
            assertEquals(SchemaMigrator.bundled().latestVersion(), SchemaMigrator.userVersion(connection));
            assertEquals("wal", query(connection, "PRAGMA journal_mode"));
            assertEquals("1", query(connection, "PRAGMA foreign_keys"));
        }
    }

    @Test
    void olderCaseIsUpgradedStepByStep() throws SQLException {
        Path file = dir.resolve("old.dossier");
        try (Connection connection = CaseFile.openConnection(file)) {
            new SchemaMigrator(List.of("CREATE TABLE a (x INTEGER);")).migrate(connection, file.toString());
            assertEquals(1, SchemaMigrator.userVersion(connection));
            new SchemaMigrator(List.of("CREATE TABLE a (x INTEGER);", "INSERT INTO a VALUES (7); CREATE TABLE b (y TEXT);"))
                    .migrate(connection, file.toString());
            assertEquals(2, SchemaMigrator.userVersion(connection));
            assertEquals("7", query(connection, "SELECT x FROM a"));
            assertEquals("0", query(connection, "SELECT count(*) FROM b"));
        }
    }

    @Test
    void failedMigrationLeavesTheCaseAtTheLastGoodVersion() throws SQLException {
        Path file = dir.resolve("half.dossier");
        try (Connection connection = CaseFile.openConnection(file)) {
            SchemaMigrator broken = new SchemaMigrator(List.of("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y); NOT SQL;"));
            assertThrows(SQLException.class, () -> broken.migrate(connection, file.toString()));
            assertEquals(1, SchemaMigrator.userVersion(connection));
            assertEquals("0", query(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'b'"));
        }
    }

    @Test
    void caseFromANewerDossierIsRefusedWithAClearMessage() throws SQLException {
        Path file = dir.resolve("future.dossier");
        CaseFile.openOrCreate(file, ZoneOffset.UTC, CLOCK).close();
        try (Connection connection = CaseFile.openConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        CaseFileException error = assertThrows(CaseFileException.class, () -> CaseFile.open(file));
        assertTrue(error.getMessage().contains("newer version of Dossier"), error.getMessage());
        assertTrue(error.getMessage().contains("case format 99"), error.getMessage());
    }

    @Test
    void filesThatAreNotCasesAreRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.dossier"), "not a database at all, just some notes");
        assertTrue(assertThrows(CaseFileException.class, () -> CaseFile.open(text)).getMessage().contains("not a Dossier case"));

        Path other = dir.resolve("other.sqlite");
        try (Connection connection = CaseFile.openConnection(other); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE someone_elses (x)");
        }
        assertTrue(assertThrows(CaseFileException.class, () -> CaseFile.open(other)).getMessage().contains("not a Dossier case"));

        Path missing = dir.resolve("missing.dossier");
        assertThrows(CaseFileException.class, () -> CaseFile.open(missing));
        assertTrue(Files.notExists(missing), "opening a missing case must not create it");
    }

    @Test
    void auditLogCannotBeRewrittenByAnyWriter() throws SQLException {
        Path file = dir.resolve("audit.dossier");
        CaseFile.openOrCreate(file, ZoneOffset.UTC, CLOCK).close();
        try (Connection connection = CaseFile.openConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO audit_log(at, actor, role, action, table_name, row_id, after) "
                    + "VALUES (1, 'ana', 'reporter', 'create', 'claims', 1, '{}')");
            SQLException update = assertThrows(SQLException.class, () -> statement.execute("UPDATE audit_log SET actor = 'eve'"));
            assertTrue(update.getMessage().contains("append-only"));
            assertThrows(SQLException.class, () -> statement.execute("DELETE FROM audit_log"));
            assertEquals("ana", query(connection, "SELECT actor FROM audit_log"));
        }
    }

    static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.getString(1);
        }
    }
}
