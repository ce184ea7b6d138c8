package org.dossier.ingest;

import static org.dossier.ingest.ImportFixture.count;
import static org.dossier.ingest.ImportFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.dossier.CaseChecks;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.model.FileFailure;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump booby-trapped in every way the issue names, imported once with the parsers in their own
 * processes. Every bad file gets its reason; every good file is imported; nothing outside the
 * dump is read and no connection is made.
 */
class HostileInputsTest {
    private static final String GBK_TEXT = "字节跳动发言人表示，公司已停止使用该接口，并将配合调查。所有训练数据均来自合法渠道。";
    private static final long HUGE = 2_600_000_000L;
    /** Long enough that no honest parse reaches it on a loaded machine; only the file built to hang does. */
    private static final Duration HANG_LIMIT = Duration.ofSeconds(20);
    private static final String BIG5_TEXT = "位元組跳動發言人表示，公司已停止使用該介面，並將配合調查。所有訓練資料均來自合法管道。";

    @TempDir
    static Path dir;
    static Path dump;
    static Path caseFile;
    static ImportSummary summary;
    static Map<String, String> reasons;
    static ServerSocketChannel listener;

    @BeforeAll
    static void importTheTrappedDump() throws Exception {
        listener = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        listener.configureBlocking(false);
        int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        dump = Files.createDirectories(dir.resolve("dump"));
        Files.writeString(dump.resolve("good.txt"), "A good file among bad ones.");
        byte[] pdf = Files.readAllBytes(ImportFixture.fixture("testPDF.pdf"));
        Files.write(dump.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        Files.write(dump.resolve("report.txt"), pdf);
        encryptedPdf(dump.resolve("locked.pdf"));
        Files.copy(ImportFixture.fixture("testEXCEL_protected_passtika.xlsx"), dump.resolve("locked.xlsx"));
        Files.write(dump.resolve("empty.dat"), new byte[0]);
        Files.write(dump.resolve("gbk.txt"), (GBK_TEXT + "\n" + GBK_TEXT).getBytes(Charset.forName("GBK")));
        Files.write(dump.resolve("big5.txt"), (BIG5_TEXT + "\n" + BIG5_TEXT).getBytes(Charset.forName("Big5")));
        Files.writeString(dump.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE leak [\n"
                + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n<!ENTITY remote SYSTEM \"http://127.0.0.1:" + port + "/x\">\n"
                + "<!ENTITY % dtd SYSTEM \"http://127.0.0.1:" + port + "/evil.dtd\"> %dtd;]>\n"
                + "<leak><a>&secret;</a><b>&remote;</b><c>visible text</c></leak>\n");
        xxeDocx(dump.resolve("xxe.docx"), port);
        Files.write(dump.resolve("flat-bomb.zip"), zip("zeros.bin", new byte[70 << 20]));
        Files.write(dump.resolve("nested-bomb.zip"), nestedBomb());
        Files.write(dump.resolve("deep.zip"), nested(EvidenceWalker.MAX_ARCHIVE_DEPTH + 2));
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(dump.resolve("huge.bin").toFile(), "rw")) {
            huge.setLength(HUGE); // sparse: larger than 2 GiB, so any int arithmetic on its size would show
        }
        Files.writeString(dump.resolve("hang-forever.txt"), "a parser will spin on this");
        Files.writeString(dump.resolve("greedy-memory.txt"), "a parser will hoard memory on this");
        Files.writeString(dump.resolve("crash-now.txt"), "a parser will die on this");

        caseFile = dir.resolve("case.dossier");
        try (ForkedParser parsers = new ForkedParser(MisbehavingParsers.class, HANG_LIMIT, 128, 2);
             CaseFile opened = ImportFixture.newCase(caseFile)) {
            summary = new ImportService(parsers, new TikaMediaTypeDetector(), ImportFixture.CLOCK, 2)
                    .importInto(opened, List.of(dump), ImportListener.NONE);
        }
        reasons = summary.failures().stream().collect(Collectors.toMap(FileFailure::path, FileFailure::reason, (a, b) -> a + "; " + b));
    }

    @AfterAll
    static void closeListener() throws IOException {
        listener.close();
    }

    private static String reason(String name) {
        return reasons.getOrDefault(dump.resolve(name).toString(), "(no reason reported) " + reasons);
    }

    @Test
    void everyFileIsAccountedForAndTheGoodOnesAreImported() throws Exception {
        long failedFiles = summary.files() - summary.imported() - summary.skippedDuplicates();
        assertTrue(failedFiles >= 0 && failedFiles <= summary.failures().size(), summary.toString());
        ImportFixture.assertEveryFileIsRecordedOrReported(caseFile, dump);
        assertEquals("A good file among bad ones.", text(caseFile, "SELECT text FROM items WHERE title = 'good.txt'"));
        assertEquals("ok", text(caseFile, "PRAGMA integrity_check"));
        assertEquals(List.of(), CaseChecks.danglingReferences(caseFile));
    }

    @Test
    void corruptAndEncryptedFilesSayWhy() {
        assertEquals("damaged: the PDF is truncated (no %%EOF marker); its text is what could be recovered",
                reasons.get(dump.resolve("truncated.pdf") + " » end of file"));
        assertTrue(reason("locked.pdf").startsWith("encrypted"), reason("locked.pdf"));
        assertTrue(reason("locked.xlsx").startsWith("encrypted"), reason("locked.xlsx"));
        assertEquals("empty file (0 bytes): nothing to read", reason("empty.dat"));
    }

    @Test
    void encryptedFilesKeepTheirMetadata() throws Exception {
        assertEquals("application/pdf", text(caseFile, "SELECT media_type FROM items WHERE title = 'locked.pdf'"));
    }

    @Test
    void aFileIsReadForWhatItIsNotWhatItIsCalled() throws Exception {
        assertEquals("application/pdf", text(caseFile, "SELECT media_type FROM items WHERE title LIKE 'Apache Tika%'"));
        assertTrue(text(caseFile, "SELECT text FROM items i JOIN source_locations l ON l.source_id = i.source_id "
                + "WHERE l.path LIKE '%report.txt'").contains("Apache Tika"));
    }

    @Test
    void chineseInGbkAndBig5ComesOutRight() throws Exception {
        assertTrue(text(caseFile, "SELECT text FROM items WHERE title = 'gbk.txt'").startsWith(GBK_TEXT));
        assertTrue(text(caseFile, "SELECT text FROM items WHERE title = 'big5.txt'").startsWith(BIG5_TEXT));
    }

    @Test
    void externalEntitiesReadNoFileAndOpenNoConnection() throws Exception {
        assertEquals(0, count(caseFile, "SELECT count(*) FROM items WHERE text LIKE '%root:%'"), "/etc/passwd was read");
        assertNull(listener.accept(), "a parser connected to the network");
        assertTrue(text(caseFile, "SELECT group_concat(text) FROM items").contains("visible text"),
                "the XML is read without its entities");
        assertTrue(reason("xxe.docx").startsWith("refused: its XML declares a DOCTYPE"), reason("xxe.docx"));
    }

    @Test
    void zipBombsAreRefusedFlatOrNested() {
        assertTrue(reasons.get(dump.resolve("flat-bomb.zip") + "!/zeros.bin").contains("zip bomb"), reasons.toString());
        assertTrue(reason("nested-bomb.zip").contains("zip bomb"), reason("nested-bomb.zip"));
        assertTrue(reasons.keySet().stream().anyMatch(path -> path.startsWith(dump.resolve("deep.zip").toString())
                && reasons.get(path).contains("nested more than")), reasons.toString());
    }

    @Test
    void aFileOfSeveralGigabytesIsHashedAndAccountedFor() throws Exception {
        assertEquals(HUGE, count(caseFile, "SELECT s.size FROM sources s JOIN source_locations l ON l.source_id = s.id "
                + "WHERE l.path LIKE '%huge.bin'"));
        assertTrue(reason("huge.bin").startsWith("format not recognised"), reason("huge.bin"));
    }

    @Test
    void parsersThatHangExhaustMemoryOrCrashTakeOnlyTheirFileDown() {
        assertTrue(reason("hang-forever.txt").startsWith("stopped: parsing took longer than " + HANG_LIMIT.toSeconds() + " s"), reason("hang-forever.txt"));
        assertEquals("too large to parse: the parser ran out of its 128 MB", reason("greedy-memory.txt"));
        assertEquals("the parser crashed on this file (exit code 7)", reason("crash-now.txt"));
    }

    private static void encryptedPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("Board minutes");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }

    /** A Word file whose body declares entities that read /etc/passwd and fetch from the network. */
    private static void xxeDocx(Path file, int port) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ImportFixture.fixture("testWORD.docx")));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int declarationEnd = xml.indexOf("?>") + 2;
                    xml = xml.substring(0, declarationEnd) + "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
                            + "<!ENTITY remote SYSTEM \"http://127.0.0.1:" + port + "/docx\">]>" + xml.substring(declarationEnd)
                            .replaceFirst("<w:t>", "<w:t>&secret;&remote;");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        Files.write(file, out.toByteArray());
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Five archives of five archives of 30 MB of zeros each: 750 MB from under a megabyte. */
    private static byte[] nestedBomb() throws IOException {
        byte[] leaf = zip("zeros.bin", new byte[30 << 20]);
        byte[] middle = zip("1.zip", leaf, "2.zip", leaf, "3.zip", leaf, "4.zip", leaf, "5.zip", leaf);
        return zip("a.zip", middle, "b.zip", middle, "c.zip", middle, "d.zip", middle, "e.zip", middle);
    }

    private static byte[] nested(int depth) throws IOException {
        byte[] content = zip("bottom.txt", "the bottom".getBytes(StandardCharsets.UTF_8));
        for (int level = 1; level < depth; level++) {
            content = zip("level" + level + ".zip", content);
        }
        return content;
    }
}
