package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.CaseChecks;
import org.dossier.model.ItemKind;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case OCR read before schema V16 keeps every page it read, as pages of the files themselves. */
class OcrPartsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void pagesReadBeforeArePagesOfTheWholeFile() throws SQLException {
        Path file = dir.resolve("old.dossier");
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneOffset.UTC, CaseFileTest.CLOCK);
             ImportWriter writer = ImportWriter.of(caseFile, CaseFileTest.CLOCK)) { // a case of one scan, taken back to version 15 below
            writer.startRun(List.of("/dump"));
            writer.recordFile(new ReceivedFile("/dump/scan.pdf", null, 10, null, new Sha256("a".repeat(64)), "application/pdf"),
                    null, ParsedFile.whole(List.of(new NewItem(ItemKind.DOCUMENT, "", null, "scan.pdf", null, null, null, null,
                            "application/pdf", "", false, Map.of(), null)), List.of(), null));
            writer.commit();
        }
        try (Connection connection = CaseFile.openConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE ocr_pages");
            statement.execute("DROP INDEX items_pictures_inside");
            statement.execute("""
                    CREATE TABLE ocr_pages (source_id INTEGER NOT NULL REFERENCES sources(id), page INTEGER NOT NULL,
                        item_id INTEGER REFERENCES items(id), status TEXT NOT NULL CHECK (status IN ('read','empty','failed')),
                        reason TEXT, engine TEXT NOT NULL, languages TEXT NOT NULL, width INTEGER, height INTEGER,
                        PRIMARY KEY (source_id, page))""");
            statement.execute("CREATE INDEX ocr_pages_item ON ocr_pages(item_id)");
            statement.execute("INSERT INTO ocr_pages VALUES ((SELECT id FROM sources), 2, NULL, 'failed', 'too slow', 'tesseract 5.3.0', 'eng', NULL, NULL)");
            LaterSchema.dropSince17(statement); // (V17 on: the graph, people, near-copies, mail headers, claims' versions)
            statement.execute("PRAGMA user_version = 15");
        }

        try (CaseFile opened = CaseFile.open(file)) {
            assertEquals("1||2|failed|too slow", CaseChecks.query(opened.path(),
                    "SELECT source_id || '|' || part || '|' || page || '|' || status || '|' || reason FROM ocr_pages"));
        }
    }
}
