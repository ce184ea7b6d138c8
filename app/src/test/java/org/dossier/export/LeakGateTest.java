package org.dossier.export;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.dossier.export.gate.LeakGate;
import org.dossier.export.gate.LeakGate.LeakFound;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second line: the gate reads an export back and refuses it when any form of a forbidden name, or a picture's metadata, is in it. */
class LeakGateTest {
    private static final LeakGate GATE = new LeakGate(List.of("陈立 Chen Li <" + NameForms.ADDRESS + ">", NameForms.PHONE),
            List.of("met at the café on Line 10"));
    @TempDir
    Path out;

    @Test
    void everyFormIsFoundInEveryKindOfFile() throws Exception {
        for (String form : NameForms.all()) {
            Document page = HtmlPage.create("Story", "");
            page.body().appendElement("p").text("Asked " + form + " twice.");
            assertRefused(write("page.html", page.outerHtml()), LeakGate.Kind.HTML, form);

            Document attribute = HtmlPage.create("Story", "");
            attribute.body().appendElement("a").attr("href", "https://example.org/" + form).text("link");
            assertRefused(write("link.html", attribute.outerHtml()), LeakGate.Kind.HTML, form);

            assertRefused(write("story.json", "{\"events\":[{\"text\":" + new ObjectMapper()
                    .writeValueAsString("<p>" + Entities.escape(form) + "</p>") + "}]}"), LeakGate.Kind.JSON, form);
            assertRefused(write("story.csv", "headline,note\r\n\"" + form.replace("\"", "\"\"") + "\",x\r\n"), LeakGate.Kind.CSV, form);

            Path pdf = out.resolve("memo.pdf");
            try (OutputStream stream = Files.newOutputStream(pdf)) {
                PdfPages.write(page, stream);
            }
            if (NameForms.giveAway(ExportReading.pdfText(pdf)).isPresent()) { // a form the fonts cannot draw is not in the PDF at all
                assertRefused(pdf, LeakGate.Kind.PDF, form);
            }
        }
    }

    @Test
    void thePdfsPropertiesAreReadToo() throws Exception {
        Document page = HtmlPage.create("Notes on 陳立", "");
        page.body().appendElement("p").text("Nothing to see.");
        Path pdf = out.resolve("memo.pdf");
        try (OutputStream stream = Files.newOutputStream(pdf)) {
            PdfPages.write(page, stream);
        }
        LeakFound found = assertThrows(LeakFound.class, () -> GATE.check(pdf, LeakGate.Kind.PDF));
        assertTrue(found.getMessage().startsWith("the PDF"), found.getMessage());
    }

    @Test
    void aPrivateNoteIsFoundAsAPhraseAndItsWordsAloneAreNot() throws Exception {
        assertRefused(write("note.csv", "note\r\nMet at the Café on line 10\r\n"), LeakGate.Kind.CSV, "the note");
        assertDoesNotThrow(() -> GATE.check(write("fine.csv", "note\r\nWe met at the office; line 10 of the log\r\n"), LeakGate.Kind.CSV));
    }

    @Test
    void aCleanExportPasses() throws Exception {
        Document page = HtmlPage.create("The story", "body { font-family: \"Microsoft YaHei\"; }");
        page.body().appendElement("p").text("Chang Li and Chen Lu met [redacted] at Lichtenstein's; 我姓陈。立即打电话 +86 138 0013 8001.");
        page.body().appendElement("img").attr("alt", "Picture").attr("src", "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(Pictures.png(null)));
        assertDoesNotThrow(() -> GATE.check(write("clean.html", page.outerHtml()), LeakGate.Kind.HTML));
    }

    /** A CI run once refused a memo because its Base64 signature held "…Z9u…": a platform id's pieces had become a title and an initial. */
    @Test
    void aPlatformIdIsFoundWholeAndItsPiecesAreNoNameAndKeyMaterialIsNotWords() throws Exception {
        LeakGate gate = new LeakGate(List.of("U05ZHAOMIN"), List.of());
        assertThrows(LeakFound.class, () -> gate.check(write("id.csv", "author\r\nu05zhaomin\r\n"), LeakGate.Kind.CSV));
        assertDoesNotThrow(() -> gate.check(write("pieces.csv", "note\r\nZ. U and Mr U met Dr U; Ms Zhaomin\r\n"), LeakGate.Kind.CSV));

        String signed = "{\"title\":\"The story\",\"signature\":{\"algorithm\":\"Ed25519\",\"public_key\":\"MCowBQYDK2VwAyEA+Chen/Li+\","
                + "\"value\":\"q0Chen+Li9\"}}";
        assertDoesNotThrow(() -> GATE.check(write("story.manifest.json", signed), LeakGate.Kind.JSON));
        assertRefused(write("story.json", signed.replace("\"title\":\"The story\"", "\"title\":\"Chen/Li\"")), LeakGate.Kind.JSON,
                "a name in any other field");
    }

    @Test
    void aPictureCarryingMetadataIsRefusedWhateverItSays() throws Exception {
        for (byte[] picture : List.of(Pictures.jpegWithExifArtist("Chen Li"), Pictures.jpegWithComment("holiday"), Pictures.png("Author"))) {
            Document page = HtmlPage.create("The story", "");
            page.body().appendElement("img").attr("src", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(picture));
            LeakFound found = assertThrows(LeakFound.class, () -> GATE.check(write("picture.html", page.outerHtml()), LeakGate.Kind.HTML));
            assertTrue(found.getMessage().contains("the picture in"), found.getMessage());
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertRefused(Path file, LeakGate.Kind kind, String form) {
        assertThrows(LeakFound.class, () -> GATE.check(file, kind), () -> kind + " with " + form + " passed the gate");
    }
}
