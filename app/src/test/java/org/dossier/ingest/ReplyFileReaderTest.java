package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A party's reply read from the file it came in: its words, and the digest that ties a quote to it. */
class ReplyFileReaderTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final ReplyFileReader reader = new ReplyFileReader(new TikaDocumentParser());

    @TempDir
    Path dir;

    @Test
    void anEmailIsReadWithItsDigest() throws Exception {
        Path mail = ImportFixture.fixture("testEmailWithPNGAtt.eml");
        ReplyFileReader.ReplyFile reply = reader.read(mail, ZONE);
        assertEquals("testEmailWithPNGAtt.eml", reply.fileName());
        assertEquals(Hashing.digest(mail).sha256(), reply.sha256());
        assertTrue(reply.text().contains("This email has a PNG attachment included in it"), reply.text());
    }

    @Test
    void aFileWithNoWordsOrThatCannotBeReadIsRefusedWithTheReason() throws Exception {
        Path blank = Files.writeString(dir.resolve("reply.txt"), " \n\n ");
        IOException refused = assertThrows(IOException.class, () -> reader.read(blank, ZONE));
        assertEquals("reply.txt holds no text to quote: paste the reply's words instead.", refused.getMessage());
        Path empty = Files.write(dir.resolve("empty.eml"), new byte[0]);
        IOException unread = assertThrows(IOException.class, () -> reader.read(empty, ZONE));
        assertEquals("empty.eml cannot be read: empty file (0 bytes): nothing to read", unread.getMessage());
    }
}
