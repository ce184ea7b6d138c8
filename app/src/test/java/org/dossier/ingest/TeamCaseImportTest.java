package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.dossier.TestEngine;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into a team case writes the word index on a connection of its own, behind the import's
 * commits: what an import reports done is found, and items a crash left without their words are
 * indexed by the next import.
 */
class TeamCaseImportTest {
    @TempDir
    Path dir;

    @Test
    void itemsACrashLeftWithoutWordsAreIndexedByTheNextImportAndEachImportIsFoundWhenDone() throws Exception {
        SearchService search = new SearchService();
        try (CaseFile team = CaseFile.openOrCreate(TestEngine.newTeamCaseAddress(), ZoneOffset.UTC, ImportFixture.CLOCK)) {
            ImportFixture.importInto(team, ImportFixture.write(dir.resolve("first/memo.txt"), "Batch seven came from the Lumina API."));
            assertEquals(1, search.search(team, "Lumina", 10).hits().size(), "found once the import is done");
            try (Connection connection = TestEngine.connect(team); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM item_words"); // as if the import had crashed before its words were written
            }
            ImportFixture.importInto(team, ImportFixture.write(dir.resolve("second/note.txt"), "Stop calling Lumina on 20 November."));
            assertEquals(2, search.search(team, "Lumina", 10).hits().size(), "the first file's words written by the second import");
        }
    }

    @Test
    void anImportLeavesAnotherMachinesRunningImportRunningAndMarksOnlyACrashedOne() throws Exception {
        try (CaseFile team = CaseFile.openOrCreate(TestEngine.newTeamCaseAddress(), ZoneOffset.UTC, ImportFixture.CLOCK);
             Connection elsewhere = TestEngine.connect(team); Statement statement = elsewhere.createStatement()) {
            statement.execute("INSERT INTO import_runs(id, started_at, status, roots, app_version) VALUES "
                    + "(101, 1, 'running', '[]', 'test'), (102, 1, 'running', '[]', 'test')");
            statement.execute("SELECT pg_advisory_lock(101)"); // run 101 goes on in this session; 102's crashed
            ImportFixture.importInto(team, ImportFixture.write(dir.resolve("memo.txt"), "Batch seven came from the Lumina API."));
            try (var rows = statement.executeQuery("SELECT string_agg(id || ' ' || status, ', ' ORDER BY id) FROM import_runs")) {
                rows.next();
                assertEquals("1 completed, 101 running, 102 interrupted", rows.getString(1));
            }
            statement.execute("SELECT pg_advisory_unlock(101)");
        }
    }
}
