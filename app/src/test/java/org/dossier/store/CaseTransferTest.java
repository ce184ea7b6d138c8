package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.model.CaseCopy;
import org.dossier.model.CopiedTable;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case pushed to a team server and pulled back is the same case, table by table, and its search
 * answers the same; a copy that cannot be made whole is not kept, and says why.
 */
class CaseTransferTest {
    @RegisterExtension
    static final EmbeddedTeamServer server = new EmbeddedTeamServer();

    @TempDir
    Path dir;
    private Path original;
    private String team;

    @BeforeEach
    void aCaseAndAnEmptyDatabase() throws Exception {
        original = dir.resolve("leak.dossier");
        try (CaseFile opened = CaseFile.openOrCreate(original, ZoneOffset.UTC, Clock.systemUTC())) {
            new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(), Clock.systemUTC(), 2)
                    .importInto(opened, List.of(resource("/chat/lark-archive")), ChatOptions.DEFAULT, ImportListener.NONE);
        }
        sqlite("INSERT INTO case_secrets(name, value) VALUES ('export-key', x'00ff10'); "
                + "INSERT INTO audit_log(at, actor, role, action, table_name, row_id, after) VALUES (1, 'ana', 'reporter', 'add', 'claims', 1, '{}')");
        team = server.newDatabase();
    }

    @Test
    void aCasePushedAndPulledBackIsTheSameTableByTableAndFindsTheSameWords() throws Exception {
        CaseCopy push = CaseTransfer.push(original, team);
        List<CopiedTable> pushed = push.tables();
        assertEquals(40, pushed.size(), "every table but the word index");
        assertTrue(pushed.stream().anyMatch(t -> t.table().equals("items") && t.rows() > 0), pushed.toString());
        assertEquals(1, rows(pushed, "case_secrets"));
        long onDisk = count(original, "SELECT count(DISTINCT source_id) FROM source_locations WHERE disk_path IS NOT NULL");
        assertTrue(onDisk > 1);
        assertEquals(List.of(onDisk, List.of()), List.of(push.originalsFromDisk(), push.originalsNotCopied()),
                "every original read from this machine's disk into the team case");

        Path copy = dir.resolve("copy.dossier");
        CaseCopy pull = CaseTransfer.pull(team, copy);
        assertEquals(sorted(pushed).stream().filter(t -> !t.table().startsWith("original")).toList(),
                sorted(pull.tables()).stream().filter(t -> !t.table().startsWith("original")).toList(), "each table's rows and digest");
        assertEquals(onDisk, rows(pull.tables(), "originals"), "the originals the team case keeps come with the copy");
        assertEquals(0, count(copy, "SELECT count(*) FROM source_locations l JOIN sources s ON s.id = l.source_id "
                + "WHERE l.disk_path IS NOT NULL AND s.sha256 NOT IN (SELECT sha256 FROM originals)"));
        assertEquals(count(original, "SELECT count(*) FROM item_words WHERE item_words MATCH 'eval'"),
                count(copy, "SELECT count(*) FROM item_words WHERE item_words MATCH 'eval'"));
        assertTrue(count(copy, "SELECT count(*) FROM item_words WHERE item_words MATCH 'eval'") > 0);
        try (CaseFile opened = CaseFile.open(copy)) {
            assertEquals(SchemaMigrator.bundled().latestVersion(), SchemaMigrator.userVersion(opened.newConnection()));
        }
    }

    @Test
    void theTeamsNextRowsDoNotCollideWithTheIdsCopied() throws Exception {
        CaseTransfer.push(original, team);
        try (Connection connection = server.signIn(team, "postgres"); Statement statement = connection.createStatement();
             ResultSet next = statement.executeQuery("INSERT INTO audit_log(at, actor, role, action, table_name, row_id) "
                     + "VALUES (2, 'bo', 'editor', 'approve', 'claims', 1) RETURNING id")) {
            next.next();
            assertEquals(2, next.getLong(1));
        }
    }

    @Test
    void aDatabaseThatHoldsACaseAlreadyIsRefusedAndKeepsIt() throws SQLException {
        List<CopiedTable> first = CaseTransfer.push(original, team).tables();
        CaseFileException refused = assertThrows(CaseFileException.class, () -> CaseTransfer.push(original, team));
        assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
        try (Connection connection = server.signIn(team, "postgres"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM case_info)")) {
            rows.next();
            assertEquals(rows(first, "items"), rows.getLong(1), "the case already there is kept as it was");
            assertEquals(rows(first, "case_info"), rows.getLong(2));
        }
    }

    @Test
    void textWhereANumberBelongsIsRefusedNotTurnedIntoZero() throws Exception {
        sqlite("UPDATE items SET occurred_at = 'last tuesday' WHERE id = (SELECT min(id) FROM items)");
        CaseFileException refused = assertThrows(CaseFileException.class, () -> CaseTransfer.push(original, team));
        assertTrue(refused.getMessage().contains("items.occurred_at holds String where integer belongs"), refused.getMessage());
        try (Connection connection = server.signIn(team, "postgres"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM items")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "nothing of a refused copy is kept");
        }
    }

    @Test
    void aNulCharacterPostgresqlCannotStoreIsNamedNotDropped() throws Exception {
        sqlite("UPDATE items SET text = 'before' || char(0) || 'after' WHERE id = (SELECT min(id) FROM items)");
        CaseFileException refused = assertThrows(CaseFileException.class, () -> CaseTransfer.push(original, team));
        assertTrue(refused.getMessage().contains("items.text holds a NUL character"), refused.getMessage());
    }

    @Test
    void aPullThatWouldBreakAReferenceIsRefused() throws Exception {
        CaseTransfer.push(original, team);
        try (Connection connection = server.signIn(team, "postgres"); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE attachments DROP CONSTRAINT attachments_item_id_fkey");
            statement.execute("INSERT INTO attachments(item_id, name) VALUES (999999, 'gone.png')");
        }
        Path copy = dir.resolve("copy.dossier");
        CaseFileException refused = assertThrows(CaseFileException.class, () -> CaseTransfer.pull(team, copy));
        assertTrue(refused.getMessage().contains("refers from attachments"), refused.getMessage());
        assertFalse(Files.exists(copy));
    }

    @Test
    void aDatabaseThatSortsTextByALanguageIsRefusedWithHowToMakeOne() throws SQLException {
        // English order puts "a/b" after "a-c"; a folder's files, read as a range of paths, would lose some
        String english = server.newDatabase("TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
        CaseFileException pushed = assertThrows(CaseFileException.class, () -> CaseTransfer.push(original, english));
        assertTrue(pushed.getMessage().contains("--locale=C.UTF-8"), pushed.getMessage());
        CaseFileException created = assertThrows(CaseFileException.class,
                () -> CaseFile.openOrCreateTeamCase(english, ZoneOffset.UTC, Clock.systemUTC()));
        assertTrue(created.getMessage().contains("sorts text by a language's rules"), created.getMessage());
        try (Connection connection = server.signIn(english, "postgres"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "nothing was made in it");
        }
    }

    @Test
    void aPullThatFailsLeavesNoFileAndAPasswordInTheAddressIsRefused() {
        Path copy = dir.resolve("copy.dossier");
        CaseFileException empty = assertThrows(CaseFileException.class, () -> CaseTransfer.pull(team, copy));
        assertTrue(empty.getMessage().contains("holds no Dossier case"), empty.getMessage());
        assertFalse(Files.exists(copy));
        CaseFileException password = assertThrows(CaseFileException.class,
                () -> CaseTransfer.push(original, team.replace("postgres@", "postgres:secret@")));
        assertTrue(password.getMessage().contains("~/.pgpass"), password.getMessage());
    }

    private void sqlite(String sql) throws SQLException {
        try (Connection connection = CaseFile.openConnection(original); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(Path caseFile, String sql) throws SQLException {
        try (Connection connection = CaseFile.openConnection(caseFile); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.getLong(1);
        }
    }

    private static long rows(List<CopiedTable> tables, String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow().rows();
    }

    private static List<CopiedTable> sorted(List<CopiedTable> tables) {
        return tables.stream().sorted((a, b) -> a.table().compareTo(b.table())).toList();
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}
