package org.dossier.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.dossier.model.ParsedFile;
import org.dossier.model.NewItem;
import org.junit.jupiter.api.Test;

class TikaDocumentParserTest {
    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final ZoneId CASE_ZONE = ZoneId.of("Asia/Shanghai");

    private static ParsedFile parse(String fixture) throws Exception {
        Path file = Path.of(TikaDocumentParserTest.class.getResource("/fixtures/documents/" + fixture).toURI());
        return PARSER.parse(file, fixture, CASE_ZONE);
    }

    private static NewItem withMediaType(ParsedFile parsed, String mediaType) {
        return parsed.items().stream().filter(item -> mediaType.equals(item.mediaType())).findFirst().orElseThrow();
    }

    @Test
    void anEmailKeepsSenderSubjectItsOwnTimeZoneAndItsAttachmentAsAChild() throws Exception {
        ParsedFile parsed = parse("testEmailWithPNGAtt.eml");
        assertNull(parsed.failure());
        NewItem mail = withMediaType(parsed, "message/rfc822");
        NewItem attachment = withMediaType(parsed, "image/png");
        assertEquals("Test Attachment Email", mail.title());
        assertEquals("Tika Test <XXXX@apache.org>", mail.author());
        assertEquals(Instant.parse("2016-07-20T16:35:02Z"), mail.occurredAt().instant());
        assertEquals(ZoneOffset.ofHours(1), mail.occurredAt().zone(), "the sender's offset from the Date header");
        assertFalse(mail.occurredAt().zoneAssumed());
        assertTrue(mail.text().contains("This email has a PNG attachment included in it"));
        assertEquals(mail.locator(), attachment.parentLocator());
        assertEquals("testPNG.png", attachment.title());
    }

    @Test
    void pagesAreSeparatedByFormFeeds() throws Exception {
        NewItem pdf = parse("testPDF_bad_page_303226.pdf").items().get(0);
        long pageBreaks = pdf.text().chars().filter(c -> c == PagedTextHandler.PAGE_BREAK).count();
        assertTrue(pageBreaks >= 2, "expected page breaks, found " + pageBreaks);
        assertFalse(pdf.text().startsWith("\n"), "leading padding is trimmed");
    }

    @Test
    void documentMetadataIsKeptWithEveryAuthor() throws Exception {
        NewItem pdf = parse("testPDF_twoAuthors.pdf").items().get(0);
        assertEquals("Sample Title", pdf.title());
        assertTrue(pdf.author().contains(",") , "both authors: " + pdf.author());
        assertFalse(pdf.metadata().isEmpty());
        assertFalse(pdf.metadata().containsKey("X-TIKA:content"), "text is stored once, not again in metadata");
    }

    @Test
    void anEncryptedFileFailsAsEncryptedButKeepsWhatTikaCouldRead() throws Exception {
        ParsedFile parsed = parse("testODTEncrypted.odt");
        assertEquals(FailureReasons.ENCRYPTED, parsed.failure());
        assertEquals(1, parsed.items().size());
        assertEquals("application/vnd.oasis.opendocument.text", parsed.items().get(0).mediaType());
    }

    @Test
    void aBrokenAttachmentIsReportedAsAPartWhileTheContainerIsKept() throws Exception {
        ParsedFile parsed = PARSER.parse(Path.of(getClass().getResource("/fixtures/documents/gbk.zip").toURI()), "gbk.zip", CASE_ZONE);
        assertNull(parsed.failure());
        assertEquals(1, parsed.partFailures().size());
        assertEquals(FailureReasons.EMPTY, parsed.partFailures().get(0).reason());
    }

    @Test
    void zoneLessTimesGetTheCaseZoneMarkedAsAssumed() {
        var local = TikaTimes.parse("2023-08-14T09:30:00", CASE_ZONE);
        assertEquals(Instant.parse("2023-08-14T01:30:00Z"), local.instant());
        assertTrue(local.zoneAssumed());
        var explicit = TikaTimes.parse("2023-08-14T09:30:00+02:00", CASE_ZONE);
        assertFalse(explicit.zoneAssumed());
        assertEquals(ZoneOffset.ofHours(2), explicit.zone());
        assertNull(TikaTimes.parse("last Tuesday", CASE_ZONE));
        assertEquals(ZoneOffset.ofHours(-5),
                TikaTimes.parseMailHeader("Fri, 15 Dec 2023 09:00:00 -0500 (EST)").zone());
    }

    @Test
    void paddingBlankLinesCollapseToParagraphs() {
        assertEquals("a\n\nb", TikaDocumentParser.tidy("\n\n\na\n\n\n\n  \nb\n\n"));
    }
}
