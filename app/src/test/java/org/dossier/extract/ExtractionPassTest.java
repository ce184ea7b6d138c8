package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dossier.bench.SyntheticChat;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.store.CaseFile;
import org.dossier.store.ExtractionBacklog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports store text; the extraction pass behind them finds names and dates, once per item, resumably. */
class ExtractionPassTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-12-15T12:00:00Z"), ZoneOffset.UTC);
    private static final ImportService IMPORTER = new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(), CLOCK, 2);

    @TempDir
    Path dir;

    @Test
    void anImportLeavesNamesAndDatesToThePassThatFindsEachItemOnce() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        Files.writeString(dump.resolve("memo.txt"), "OpenAI suspended the account of ByteDance on 15 December 2023.");
        Files.writeString(dump.resolve("note.txt"), "Microsoft said on 16 December 2023 that it would look into it.");
        Path file = dir.resolve("case.dossier");
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneOffset.UTC, CLOCK)) {
            IMPORTER.importInto(caseFile, List.of(dump), ImportListener.NONE);
            assertEquals(0, caseFile.stats().mentions(), "the import itself finds nothing");
            assertEquals(2, backlog(caseFile));
            assertEquals(2, caseFile.stats().awaitingExtraction());

            CaseExtraction.Counts first = CaseExtraction.catchUp(caseFile, (done, of) -> { });
            assertEquals(new CaseExtraction.Counts(2, caseFile.stats().mentions(), true), first);
            assertEquals(2, count(file, "SELECT count(DISTINCT item_id) FROM mentions WHERE type = 'DATE'"));
            assertEquals(0, backlog(caseFile));
            assertEquals(0, caseFile.stats().awaitingExtraction());

            assertEquals(new CaseExtraction.Counts(0, 0, true), CaseExtraction.catchUp(caseFile, (done, of) -> { }));
            assertEquals(first.mentions(), caseFile.stats().mentions(), "a second pass finds nothing twice");

            Files.writeString(dump.resolve("later.txt"), "On 17 December 2023 ByteDance answered.");
            IMPORTER.importInto(caseFile, List.of(dump), ImportListener.NONE);
            assertEquals(1, CaseExtraction.catchUp(caseFile, (done, of) -> { }).items(), "only the new item is read");
        }
    }

    @Test
    void aStoppedPassGoesOnWhereItStoppedAndEndsAsAnUnbrokenOne() throws Exception {
        Path export = dir.resolve("chat").resolve("result.json");
        Files.createDirectories(export.getParent());
        new SyntheticChat(42).write(export, 2500);
        Path unbroken = importedCase("unbroken.dossier", export);
        Path stopped = importedCase("stopped.dossier", export);
        try (CaseFile caseFile = CaseFile.open(unbroken)) {
            assertTrue(CaseExtraction.catchUp(caseFile, (done, of) -> { }).complete());
        }
        try (CaseFile caseFile = CaseFile.open(stopped)) {
            CaseExtraction.Counts cut = CaseExtraction.catchUp(caseFile, (done, of) -> {
                if (done > 0) {
                    Thread.currentThread().interrupt(); // as the window's Stop button does, mid-pass
                }
            });
            assertTrue(Thread.interrupted());
            assertFalse(cut.complete());
            assertEquals(1000, cut.items(), "the batch in hand is finished and kept");
            assertEquals(1500, backlog(caseFile));
            CaseExtraction.Counts rest = CaseExtraction.catchUp(caseFile, (done, of) -> { });
            assertEquals(1500, rest.items());
            assertTrue(rest.complete());
        }
        assertEquals(mentions(unbroken), mentions(stopped));
    }

    @Test
    void reextractingTheWholeCaseLeavesNothingForThePass() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        Files.writeString(dump.resolve("memo.txt"), "OpenAI suspended the account on 15 December 2023.");
        try (CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, CLOCK)) {
            IMPORTER.importInto(caseFile, List.of(dump), ImportListener.NONE);
            assertEquals(1, CaseExtraction.rerun(caseFile, items -> { }).items());
            assertEquals(0, backlog(caseFile));
            assertEquals(0, CaseExtraction.catchUp(caseFile, (done, of) -> { }).items());
        }
    }

    private Path importedCase(String name, Path export) {
        Path file = dir.resolve(name);
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneOffset.UTC, CLOCK)) {
            IMPORTER.importInto(caseFile, List.of(export.getParent()), ImportListener.NONE);
        }
        return file;
    }

    private static long backlog(CaseFile caseFile) {
        try (ExtractionBacklog backlog = ExtractionBacklog.of(caseFile)) {
            return backlog.size();
        }
    }

    /** Every mention with its item, span, type and entity name: what two extractions must agree on. */
    private static List<String> mentions(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var result = connection.createStatement().executeQuery("""
                     SELECT m.item_id, m.start_offset, m.end_offset, m.type, coalesce(e.name, m.date_value) FROM mentions m
                     LEFT JOIN entities e ON e.id = m.entity_id ORDER BY 1, 2, 3, 4""")) {
            while (result.next()) {
                rows.add(result.getLong(1) + " " + result.getInt(2) + "-" + result.getInt(3) + " " + result.getString(4) + " "
                        + result.getString(5));
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.getLong(1);
        }
    }
}
