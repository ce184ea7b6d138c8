package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.model.ItemKind;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk, played by SQLite's page limit, which fails writes exactly as a full disk does. */
class DiskFullTest {
    /** Room for the first small file, not for the next one's 240 kB of text. */
    private static final long HEADROOM_BYTES = 160 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsTheImportWithWhatToDoAndKeepsWhatWasCommitted() throws Exception {
        Path file = dir.resolve("full.dossier");
        CaseFile.openOrCreate(file, ZoneOffset.UTC, CaseFileTest.CLOCK).close();
        Connection connection = CaseFile.openConnection(file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + (pageCount(connection) + HEADROOM_BYTES / pageSize(connection)));
        }
        ImportWriter writer = new ImportWriter(connection, CaseFileTest.CLOCK, file.toString());
        writer.startRun(List.of("/dump"));
        writer.recordFile(received('a'), null, document("the first file fits."));
        writer.commit();

        CaseFileException full = assertThrows(CaseFileException.class, () -> {
            for (char digit = 'b'; digit <= 'f'; digit++) {
                writer.recordFile(received(digit), null, document("a long text ".repeat(20_000)));
                writer.commit();
            }
        });
        writer.close();
        assertTrue(full.getMessage().startsWith("the disk holding " + file + " is full: the import stopped"), full.getMessage());
        try (CaseFile caseFile = CaseFile.open(file)) {
            assertEquals("ok", caseFile.integrityCheck());
            assertEquals(1, caseFile.stats().documents(), "the committed file stays, the failed batch is gone");
        }
    }

    private static long pageCount(Connection connection) throws Exception {
        return pragma(connection, "page_count");
    }

    private static long pageSize(Connection connection) throws Exception {
        return pragma(connection, "page_size");
    }

    private static long pragma(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.getLong(1);
        }
    }

    private static ReceivedFile received(char digit) {
        return new ReceivedFile("/dump/" + digit + ".txt", null, 1, null, new Sha256(String.valueOf(digit).repeat(64)), "text/plain");
    }

    private static ParsedFile document(String text) {
        return ParsedFile.whole(List.of(new NewItem(ItemKind.DOCUMENT, "", null, "doc", null, null, null, null,
                "text/plain", text, false, Map.of(), null)), List.of(), null);
    }
}
