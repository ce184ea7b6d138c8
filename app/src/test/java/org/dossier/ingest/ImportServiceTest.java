package org.dossier.ingest;

import static org.dossier.ingest.ImportFixture.assertEveryFileIsRecordedOrReported;
import static org.dossier.ingest.ImportFixture.count;
import static org.dossier.ingest.ImportFixture.importInto;
import static org.dossier.ingest.ImportFixture.newCase;
import static org.dossier.ingest.ImportFixture.text;
import static org.dossier.ingest.ImportFixture.write;
import static org.dossier.ingest.ImportFixture.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.dossier.model.FileFailure;
import org.dossier.model.ImportSummary;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.dossier.store.CaseFile;
import org.dossier.store.ImportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;

    private Path dump() {
        return dir.resolve("dump");
    }

    private Path casePath() {
        return dir.resolve("case.dossier");
    }

    private static Map<String, String> failuresByPath(ImportSummary summary) {
        return summary.failures().stream().collect(Collectors.toMap(FileFailure::path, FileFailure::reason));
    }

    /** The summary's counts add up: each file found was imported, already in the case, or failed with a reason. */
    private static void assertAccountedFor(ImportSummary summary) {
        long failedFiles = summary.files() - summary.imported() - summary.skippedDuplicates();
        assertTrue(failedFiles >= 0 && failedFiles <= summary.failures().size(), summary.toString());
    }

    @Test
    void importsEveryFileWithItsTextHashAndPath() throws Exception {
        Path memo = write(dump().resolve("memos/seed.txt"), "Project Seed will use the API until the suspension.");
        write(dump().resolve("notes.html"), "<html><head><title>Notes</title></head><body><p>字节跳动内部备忘录</p></body></html>");
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, dump());
            assertEquals(2, summary.files());
            assertEquals(2, summary.imported());
            assertEquals(2, summary.documents());
            assertTrue(summary.failures().isEmpty(), summary.failures().toString());
        }
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(memo)));
        assertEquals(sha, text(casePath(), "SELECT s.sha256 FROM sources s JOIN source_locations l ON l.source_id = s.id "
                + "WHERE l.path = '" + memo.toAbsolutePath() + "'"));
        assertEquals(memo.toAbsolutePath().toString(), text(casePath(), "SELECT disk_path FROM source_locations WHERE path LIKE '%seed.txt'"));
        assertEquals("Project Seed will use the API until the suspension.",
                text(casePath(), "SELECT text FROM items WHERE media_type = 'text/plain'"));
        assertEquals("Notes", text(casePath(), "SELECT title FROM items WHERE media_type = 'text/html'"));
        assertEquals("completed", text(casePath(), "SELECT status FROM import_runs"));
    }

    @Test
    void everyFileTheFileSystemListsIsImportedOrReportedHiddenOnesToo() throws Exception {
        write(dump().resolve("memo.txt"), "The memo.");
        write(dump().resolve(".hidden-notes.txt"), "Notes someone hid.");
        write(dump().resolve(".git/config"), "[core]\n\tbare = false\n");
        write(dump().resolve(".secret/plan.txt"), "The plan, in a hidden folder.");
        write(dump().resolve("no-extension"), "A file without an extension.");
        Files.write(dump().resolve("empty.bin"), new byte[0]);
        write(dump().resolve("Thumbs.db"), "not really a thumbnail cache");
        write(dump().resolve(".DS_Store"), "not really a folder store");
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, dump());
            assertEquals(8, summary.files(), summary.toString());
            assertAccountedFor(summary);
        }
        assertEveryFileIsRecordedOrReported(casePath(), dump());
        assertEquals("Notes someone hid.", text(casePath(), "SELECT text FROM items WHERE title = '.hidden-notes.txt'"));
    }

    @Test
    void verifyFindsAOneByteChangeThatKeepsTheSizeAndTheTime() throws Exception {
        Path memo = write(dump().resolve("memo.txt"), "Stop using the API now.");
        try (CaseFile caseFile = newCase(casePath())) {
            importInto(caseFile, dump());
            var modified = Files.getLastModifiedTime(memo);
            Files.writeString(memo, "Stop using the API n0w.");
            Files.setLastModifiedTime(memo, modified);
            var report = new OriginalsVerifier().verify(caseFile);
            if (caseFile.isTeamCase()) { // it verifies the copy it keeps, whatever became of the file it was read from
                assertEquals(List.of(), report.problems());
                return;
            }
            assertEquals(1, report.problems().size(), report.toString());
            assertEquals(org.dossier.model.OriginalCheck.Status.CHANGED, report.problems().get(0).status());
        }
    }

    @Test
    void sameBytesAtTwoPathsAreStoredOnceAndFoundTwice() throws Exception {
        write(dump().resolve("a/statement.txt"), "We have suspended the account.");
        write(dump().resolve("b/copy of statement.txt"), "We have suspended the account.");
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, dump());
            assertEquals(2, summary.files());
            assertEquals(1, summary.imported());
            assertEquals(1, summary.skippedDuplicates());
        }
        assertEquals(1, count(casePath(), "SELECT count(*) FROM sources"));
        assertEquals(1, count(casePath(), "SELECT count(*) FROM items"));
        assertEquals(2, count(casePath(), "SELECT count(*) FROM source_locations"));
    }

    @Test
    void importingTheSameFolderAgainAddsNothing() throws Exception {
        for (int i = 0; i < 20; i++) {
            write(dump().resolve("file-" + i + ".txt"), "message number " + i);
        }
        zip(dump().resolve("more.zip"), "inside.txt", "a file inside an archive");
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary first = importInto(caseFile, dump());
            assertEquals(21, first.documents(), "20 files and one archive entry");
            assertEquals(22, first.files(), "the archive is a file too");
            ImportSummary second = importInto(caseFile, dump());
            assertEquals(0, second.documents());
            assertEquals(0, second.imported());
            assertEquals(21, second.files(), "the archive is skipped whole, its entries unread");
            assertEquals(21, second.skippedDuplicates());
        }
        assertEquals(21, count(casePath(), "SELECT count(*) FROM items"));
        assertEquals(2, count(casePath(), "SELECT count(*) FROM import_runs WHERE status = 'completed'"));
    }

    @Test
    void aChangedFileAtTheSamePathKeepsBothVersions() throws Exception {
        Path file = write(dump().resolve("draft.txt"), "first version");
        try (CaseFile caseFile = newCase(casePath())) {
            importInto(caseFile, dump());
            Files.writeString(file, "second version, edited");
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            ImportSummary second = importInto(caseFile, dump());
            assertEquals(1, second.imported());
        }
        assertEquals(2, count(casePath(), "SELECT count(*) FROM items WHERE text LIKE '%version%'"));
        assertEquals(2, count(casePath(), "SELECT count(*) FROM source_locations WHERE path LIKE '%draft.txt'"));
    }

    @Test
    void everyBadFileIsReportedWithItsReasonAndTheRestIsImported() throws Exception {
        write(dump().resolve("good.txt"), "this one is fine");
        Files.createDirectories(dump());
        Files.write(dump().resolve("empty.pdf"), new byte[0]);
        byte[] pdf = Files.readAllBytes(ImportFixture.fixture("testPDF.pdf"));
        Files.write(dump().resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, 900));
        Files.copy(ImportFixture.fixture("testODTEncrypted.odt"), dump().resolve("locked.odt"));
        Files.write(dump().resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFE, (byte) 0xFF, 0, 0, 7, 9});
        Files.createSymbolicLink(dump().resolve("passwd-link"), Path.of("/etc/passwd"));
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, dump(), dir.resolve("no-such-folder"));
            Map<String, String> failures = failuresByPath(summary);
            assertEquals("empty file (0 bytes): nothing to read", failures.get(dump().resolve("empty.pdf").toString()));
            assertTrue(failures.get(dump().resolve("truncated.pdf").toString()).startsWith("could not be parsed"), failures.toString());
            assertTrue(failures.get(dump().resolve("locked.odt").toString()).startsWith("encrypted"), failures.toString());
            assertTrue(failures.get(dump().resolve("blob.bin").toString()).startsWith("format not recognised"), failures.toString());
            assertEquals("symbolic link (to /etc/passwd): not followed", failures.get(dump().resolve("passwd-link").toString()));
            assertEquals("no such file or folder", failures.get(dir.resolve("no-such-folder").toString()));
            assertEquals(7, summary.files());
            assertEquals(1, summary.imported());
            assertAccountedFor(summary);
        }
        assertEquals("this one is fine", text(casePath(), "SELECT text FROM items WHERE title = 'good.txt'"));
        assertEquals(6, count(casePath(), "SELECT count(DISTINCT path) FROM import_failures"));
        assertNotNull(text(casePath(), "SELECT metadata FROM items WHERE title = 'locked.odt'"), "an encrypted file keeps its metadata");
        assertFalse(text(casePath(), "SELECT string_agg(text, ' ') FROM items").contains("root:"), "the link target was read");
    }

    @Test
    void archivesAreUnpackedEntryByEntryWithNestedPaths() throws Exception {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(inner)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("deep/note.txt"));
            zip.write("nested two levels down".getBytes());
        }
        Path outer = zip(dump().resolve("leak.zip"), "chats/general.txt", "hello from the general channel",
                "inner.zip", inner.toByteArray(), "../../escape.txt", "a name that tries to climb out");
        writeTarGz(dump().resolve("backup.tar.gz"), "mail/one.txt", "a message in a tarball");
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, dump());
            assertTrue(summary.failures().isEmpty(), summary.failures().toString());
            assertEquals(4, summary.documents());
        }
        String root = outer.toString();
        assertEquals(1, count(casePath(), "SELECT count(*) FROM source_locations WHERE path = '" + root + "!/inner.zip!/deep/note.txt'"));
        assertEquals(1, count(casePath(), "SELECT count(*) FROM source_locations WHERE path = '" + root + "!/../../escape.txt'"));
        assertEquals(1, count(casePath(), "SELECT count(*) FROM source_locations WHERE path LIKE '%backup.tar.gz!/backup.tar!/mail/one.txt'"));
        assertEquals(4, count(casePath(), "SELECT count(*) FROM sources WHERE status = 'archive' AND complete = 1"),
                "leak.zip, inner.zip, backup.tar.gz and the backup.tar inside it");
        assertEquals(root + "!/inner.zip", text(casePath(), "SELECT p.path FROM source_locations l JOIN source_locations p "
                + "ON p.id = l.parent_location_id WHERE l.path LIKE '%deep/note.txt'"));
        assertTrue(Files.notExists(dir.resolve("escape.txt")) && Files.notExists(dir.getParent().resolve("escape.txt")),
                "entry names are never used as paths on disk");
    }

    @Test
    void anEntryThatUnpacksFarBeyondItsSizeIsRefusedAsAPossibleZipBomb() throws Exception {
        byte[] zeros = new byte[(int) EvidenceWalker.EXPANSION_FLOOR + 1024 * 1024];
        zip(dump().resolve("bomb.zip"), "zeros.txt", zeros, "fine.txt", "still imported");
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, dump());
            String reason = failuresByPath(summary).get(dump().resolve("bomb.zip") + "!/zeros.txt");
            assertTrue(reason != null && reason.contains("zip bomb"), summary.failures().toString());
            assertEquals(1, summary.documents());
        }
        assertEquals("still imported", text(casePath(), "SELECT text FROM items"));
    }

    @Test
    void aCancelledImportIsCompletedByTheNextOneWithoutDuplicates() throws Exception {
        for (int i = 0; i < 300; i++) {
            write(dump().resolve(String.format("f%03d.txt", i)), "document " + i);
        }
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary cancelled = ImportFixture.service().importInto(caseFile, List.of(dump()),
                    progress -> Thread.currentThread().interrupt());
            assertTrue(Thread.interrupted(), "the interrupt is handed back to the caller");
            assertTrue(cancelled.cancelled());
            assertTrue(cancelled.imported() < 300, "the bounded queues hold far fewer than 300 files when the cancel lands");
            if (!caseFile.isTeamCase()) { // SQLite's own check of its file
                assertEquals("ok", caseFile.integrityCheck());
            }
            ImportSummary resumed = importInto(caseFile, dump());
            assertFalse(resumed.cancelled());
            assertEquals(300, cancelled.imported() + resumed.imported());
        }
        assertEquals(300, count(casePath(), "SELECT count(*) FROM items"));
        assertEquals(300, count(casePath(), "SELECT count(DISTINCT source_id) FROM items"));
        assertEquals("cancelled,completed", text(casePath(), "SELECT string_agg(status, ',') FROM (SELECT status FROM import_runs ORDER BY id)"));
    }

    @Test
    void anArchiveLeftHalfDoneByACrashIsOpenedAgain() throws Exception {
        Path archive = zip(dump().resolve("chats.zip"), "a.txt", "first entry", "b.txt", "second entry");
        try (CaseFile caseFile = newCase(casePath())) {
            // What a crash leaves: a run still 'running', the archive recorded, its entries not.
            try (ImportWriter writer = ImportWriter.of(caseFile, ImportFixture.CLOCK)) {
                writer.startRun(List.of(dump().toString()));
                writer.recordArchive(new ReceivedFile(archive.toString(), archive, Files.size(archive),
                        Files.getLastModifiedTime(archive).toMillis(), new Sha256("f".repeat(64)), "application/zip"), null);
                writer.commit();
            }
            ImportSummary next = importInto(caseFile, dump());
            assertEquals(2, next.documents());
        }
        assertEquals(2, count(casePath(), "SELECT count(*) FROM items"));
        assertEquals("interrupted,completed", text(casePath(), "SELECT string_agg(status, ',') FROM (SELECT status FROM import_runs ORDER BY id)"));
    }

    @Test
    void everyThirdPartyFixtureIsImportedOrReported() throws Exception {
        Path folder = ImportFixture.fixture("MANIFEST.txt").getParent();
        List<String> names;
        try (var files = Files.list(folder)) {
            names = files.map(path -> path.toString()).sorted().toList();
        }
        try (CaseFile caseFile = newCase(casePath())) {
            ImportSummary summary = importInto(caseFile, folder);
            assertAccountedFor(summary);
            Map<String, String> failures = failuresByPath(summary);
            assertEquals(FailureReasonsExpected.ENCRYPTED, failures.get(folder.resolve("testODTEncrypted.odt").toString()));
            assertEquals(FailureReasonsExpected.ENCRYPTED, failures.get(folder.resolve("testEXCEL_protected_passtika.xlsx").toString()));
            assertEquals("empty file (0 bytes): nothing to read", failures.get(folder.resolve("gbk.zip")
                    + "!/审计压缩包文件检索测试/集团邮件审计系统2021年自动巡检需求文档_V4.0.doc"));
        }
        for (String name : names) {
            long found = count(casePath(), "SELECT count(*) FROM source_locations WHERE path = '" + name + "'")
                    + count(casePath(), "SELECT count(*) FROM import_failures WHERE path = '" + name + "'");
            assertTrue(found > 0, name + " was silently dropped");
        }
    }

    /** The wording a reporter sees for encrypted files. */
    private static final class FailureReasonsExpected {
        static final String ENCRYPTED = "encrypted: cannot be read without its password (metadata kept)";
    }

    private static void writeTarGz(Path file, String name, String content) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = content.getBytes();
        try (OutputStream out = Files.newOutputStream(file);
             GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(bytes.length);
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        }
    }
}
