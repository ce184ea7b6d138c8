package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.dossier.TestEngine;
import org.dossier.model.FileFailure;
import org.dossier.model.OcrPicture;
import org.dossier.model.OriginalCheck;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import org.dossier.store.OcrBacklog;
import org.dossier.store.Originals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into a team case writes the word index on a connection of its own, behind the import's
 * commits: what an import reports done is found, and items a crash left without their words are
 * indexed by the next import. It keeps the originals in the case, so they are verified from a
 * machine that never had them.
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

    @Test
    void theOriginalsAreKeptInTheCaseSoTheyAreVerifiedWhereTheFilesAreNot() throws Exception {
        try (CaseFile team = CaseFile.openOrCreate(TestEngine.newTeamCaseAddress(), ZoneOffset.UTC, ImportFixture.CLOCK)) {
            ImportFixture.write(dir.resolve("dump/memo.txt"), "Batch seven came from the Lumina API.");
            StringBuilder ledger = new StringBuilder(); // three pieces of the case's copy, the last a short one
            Random amounts = new Random(7);
            while (ledger.length() < (2 << 20) + 12_345) {
                ledger.append("transfer ").append(amounts.nextInt(1_000_000)).append(" USD\n");
            }
            Files.writeString(dir.resolve("dump/ledger.txt"), ledger);
            assertEquals(List.of(), ImportFixture.importInto(team, dir.resolve("dump")).failures());
            Files.delete(dir.resolve("dump/memo.txt")); // as on another member's machine
            Files.delete(dir.resolve("dump/ledger.txt"));

            OriginalsVerifier.Report kept = new OriginalsVerifier().verify(team);
            assertEquals(2, kept.checked());
            assertEquals(List.of(), kept.problems(), "both read back from the case, whole");
            try (Connection connection = TestEngine.connect(team); Statement statement = connection.createStatement()) {
                statement.execute("UPDATE original_pieces SET bytes = '\\x00' WHERE piece = 2"); // the administrator, who may
            }
            OriginalsVerifier.Report altered = new OriginalsVerifier().verify(team);
            assertEquals(List.of(OriginalCheck.Status.CHANGED), altered.problems().stream().map(OriginalCheck::status).toList());
            assertTrue(altered.problems().get(0).path().endsWith("ledger.txt"), altered.problems().toString());
        }
    }

    @Test
    void originalsAnImportLeftBehindAreKeptByTheNextAndAFileChangedSinceIsReportedNotKept() throws Exception {
        try (CaseFile team = CaseFile.openOrCreate(TestEngine.newTeamCaseAddress(), ZoneOffset.UTC, ImportFixture.CLOCK)) {
            Path memo = ImportFixture.write(dir.resolve("first/memo.txt"), "Batch seven came from the Lumina API.");
            ImportFixture.write(dir.resolve("first/note.txt"), "Stop calling Lumina on 20 November.");
            ImportFixture.importInto(team, dir.resolve("first"));
            try (Connection connection = TestEngine.connect(team); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM original_pieces; DELETE FROM originals"); // as if the import had stopped before them
            }
            Files.writeString(memo, "Batch seven came from somewhere else.");

            var next = ImportFixture.importInto(team, ImportFixture.write(dir.resolve("second/later.txt"), "A later note."));
            assertEquals(List.of(new FileFailure(memo.toString(),
                    "its original was not copied into the team case: the file has changed since it was imported")), next.failures());
            OriginalsVerifier.Report report = new OriginalsVerifier().verify(team);
            assertEquals(3, report.checked());
            assertEquals(List.of(new OriginalCheck(memo.toString(), report.problems().get(0).expected(), OriginalCheck.Status.CHANGED)),
                    report.problems(), "the changed file is read on disk, the other two in the case");
            try (Connection connection = TestEngine.connect(team); Statement statement = connection.createStatement();
                 var kept = statement.executeQuery("SELECT count(*) FROM originals")) {
                kept.next();
                assertEquals(2, kept.getLong(1), "the unchanged file's and the new one's");
            }
        }
    }

    @Test
    void aPictureInAnArchiveIsDrawnFromTheCasesCopyWhereTheArchiveIsNot() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        Path zip = ImportFixture.zip(dir.resolve("dump/scans.zip"), "scans/page1.png", png.toByteArray());
        try (CaseFile team = CaseFile.openOrCreate(TestEngine.newTeamCaseAddress(), ZoneOffset.UTC, ImportFixture.CLOCK)) {
            ImportFixture.importInto(team, dir.resolve("dump"));
            Files.delete(zip); // as on another member's machine
            OcrPicture picture;
            try (OcrBacklog waiting = OcrBacklog.of(team)) {
                picture = waiting.after(0).get(0);
            }
            assertArrayEquals(png.toByteArray(), EvidencePicture.page(Originals.of(team), picture, 1, (file, frame) -> Files.readAllBytes(file)),
                    "unpacked again from the archive the case keeps");
        }
    }
}
