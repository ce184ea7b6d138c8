package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.dossier.app.Services;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.Item;
import org.dossier.model.SearchHit;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies and near-copies on real documents (fixtures/documents and fixtures/mail, MANIFEST.txt):
 * Tika's "various" test document as PDF and as DOCX, its sample Word document as .doc and .docx,
 * the same file received under two names, and a mail of a real mailing list forwarded to someone
 * else (the forward is written by the test as a mail client writes one: a note, the "Forwarded
 * message" block, the original's words).
 */
class NearCopiesTest {
    private static final Path DOCUMENTS = Path.of("src/test/resources/fixtures/documents");
    private static final Path MAIL = Path.of("src/test/resources/fixtures/mail");

    @TempDir
    Path dir;

    @Test
    void theSameTextInTwoFormatsAndAForwardedMailAreCopiesAndSearchShowsOneHitForEach() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        for (String file : List.of("testPDFVarious.pdf", "testWORD_various.docx", "testWORD.doc", "testWORD.docx", "testPDF.pdf")) {
            Files.copy(DOCUMENTS.resolve(file), dump.resolve(file));
        }
        Files.copy(DOCUMENTS.resolve("testWORD.docx"), dump.resolve("copy of testWORD.docx"));
        String original = firstMailOfTheList();
        Files.writeString(dump.resolve("original.eml"), original, StandardCharsets.UTF_8);
        Files.writeString(dump.resolve("forward.eml"), forwardOf(original), StandardCharsets.UTF_8);
        try (Services services = Services.create(dir.resolve("home"), Clock.systemUTC(), 2);
             CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock())) {
            services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            services.intake().catchUp(caseFile, (done, of) -> { });

            assertEquals(Set.of("testWORD_various.docx"), copiesOf(services, caseFile, "testPDFVarious.pdf"));
            assertEquals(Set.of("testWORD.doc"), copiesOf(services, caseFile, "testWORD.docx"), "a copy received twice is one item");
            assertEquals(Set.of("forward.eml"), copiesOf(services, caseFile, "original.eml"));
            assertEquals(Set.of(), copiesOf(services, caseFile, "testPDF.pdf"), "another document is no copy");

            Item word = item(services, caseFile, "testWORD.docx");
            assertEquals(List.of(dump.resolve("copy of testWORD.docx").toString(), dump.resolve("testWORD.docx").toString()),
                    services.reading().receivedAs(caseFile, word.provenance().sourceId()).stream().sorted().toList(),
                    "every path a copy was received under");

            var formats = services.reading().compare(caseFile, item(services, caseFile, "testPDFVarious.pdf").id(),
                    item(services, caseFile, "testWORD_various.docx").id());
            assertTrue(!formats.onlyInFirst().isEmpty() && !formats.onlyInSecond().isEmpty(), "a PDF lays out its lines otherwise");
            var twins = services.reading().compare(caseFile, item(services, caseFile, "testWORD.doc").id(), word.id());
            assertEquals(List.of(), twins.onlyInFirst(), "the .doc and the .docx differ in spaces only");
            assertEquals(List.of(), twins.onlyInSecond());

            List<SearchHit> hits = services.search().search(caseFile, "\"Sample Word Document\"", 20).hits();
            assertEquals(1, hits.size(), hits.toString());
            assertEquals(2, hits.get(0).copies(), "one hit stands for the .doc and the .docx");
        }
    }

    private static Set<String> copiesOf(Services services, CaseFile caseFile, String file) {
        return services.reading().nearCopies(caseFile, item(services, caseFile, file).id()).stream()
                .map(copy -> Path.of(copy.provenance().path()).getFileName().toString()).collect(Collectors.toSet());
    }

    private static Item item(Services services, CaseFile caseFile, String file) {
        return services.reading().sources(caseFile).stream().filter(source -> source.path().endsWith("/" + file))
                .flatMap(source -> services.reading().documentsOf(caseFile, source.sourceId()).stream())
                .filter(item -> item.provenance().locator().isEmpty()).findFirst().orElseThrow(() -> new AssertionError(file));
    }

    /** The first mail of the fedora-devel-list archive, as it was sent (the mbox's "From " line dropped). */
    private static String firstMailOfTheList() throws Exception {
        String mbox;
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(MAIL.resolve("2010-January.txt.gz")))) {
            mbox = new String(gz.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        int next = mbox.indexOf("\nFrom ", 1);
        return mbox.substring(mbox.indexOf('\n') + 1, next + 1);
    }

    private static String forwardOf(String mail) {
        int body = mail.indexOf("\n\n");
        String header = mail.substring(0, body);
        String subject = header.lines().filter(line -> line.startsWith("Subject:")).findFirst().orElse("Subject: ").substring(8).strip();
        return "From: Mei Lin <mei.lin@newsroom.example>\nTo: Desk <desk@newsroom.example>\nSubject: Fwd: " + subject
                + "\nMessage-ID: <fwd-1@newsroom.example>\nDate: Mon, 11 Jan 2010 09:00:00 +0000\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n\nFor the archive.\n\n---------- Forwarded message ---------\n"
                + header.lines().filter(line -> line.matches("(From|Date|Subject|To):.*")).collect(Collectors.joining("\n"))
                + "\n" + mail.substring(body);
    }
}
