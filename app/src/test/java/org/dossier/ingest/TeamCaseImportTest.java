package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
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
}
