package org.dossier.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.dossier.CaseChecks;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.model.SearchHit;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real mail from third parties (fixtures/mail/MANIFEST.txt) gathered into threads by the import: a
 * mailing list's replies in an mbox, and an Outlook PST whose forwards carry no reply headers.
 */
class MailThreadsImportTest {
    private static final Path MAIL = Path.of("src/test/resources/fixtures/mail");

    @TempDir
    Path dir;

    @Test
    void anMboxsRepliesAndAPstsForwardsAreEachOneConversation() throws Exception {
        Path dump = dump();
        try (Services services = Services.create(dir.resolve("home"), java.time.Clock.systemUTC(), 2);
             CaseFile caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), java.time.ZoneOffset.UTC, services.clock())) {
            services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);

            assertEquals("""
                    email|question about when shuffle/sort start working|3
                    email|original email|4""", CaseChecks.query(caseFile.path(), """
                    SELECT group_concat(platform || '|' || name || '|' || (SELECT count(*) FROM items i WHERE i.conversation_id = c.id),
                                        char(10)) FROM conversations c"""), "a forward alone in its file (FW: Testing) is no thread");
            assertEquals("2", CaseChecks.query(caseFile.path(), """
                    SELECT count(*) FROM items i JOIN items p ON p.id = i.reply_to_id
                    WHERE i.conversation_id IS NOT NULL AND p.conversation_id = i.conversation_id"""),
                    "each reply in the mbox names the mail before it; the first one's parent is not in the file");
            assertEquals(2L, services.reading().stats(caseFile).conversations(), "stats counts threads as conversations");
            List<SearchHit> hits = services.search().search(caseFile, "shuffle", 10).hits();
            assertEquals("question about when shuffle/sort start working", hits.get(0).conversation(), "a hit names its thread");

            services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            assertEquals("2", CaseChecks.query(caseFile.path(), "SELECT count(*) FROM conversations"), "importing again changes nothing");
        }
    }

    /** Schema 20 records each mail's headers as it is imported; a case imported before has them recorded from the mails' metadata. */
    @Test
    void aCaseImportedBeforeMailHeadersWereRecordedHasThemRecordedWhenOpened() throws Exception {
        Path file = dir.resolve("case.dossier");
        String headers = "SELECT group_concat(item_id || '|' || ifnull(message_id, '') || '|' || parents || '|' || ifnull(conversation_index, '')"
                + " || '|' || ifnull(subject, '') || '|' || ifnull(sent_at, ''), char(10)) FROM (SELECT * FROM mail_headers ORDER BY item_id)";
        String people = "SELECT group_concat(item_id || role || address || ifnull(name, ''), char(10)) FROM (SELECT * FROM mail_people ORDER BY 1, 2, 3)";
        String asImported;
        String peopleAsImported;
        try (Services services = Services.create(dir.resolve("home"), java.time.Clock.systemUTC(), 2);
             CaseFile caseFile = CaseFile.openOrCreate(file, java.time.ZoneOffset.UTC, services.clock())) {
            services.intake().importFiles(caseFile, List.of(dump()), ChatOptions.DEFAULT, ImportListener.NONE);
            asImported = CaseChecks.query(file, headers);
            peopleAsImported = CaseChecks.query(file, people);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE mail_phones");
            statement.execute("DROP TABLE mail_headers");
            statement.execute("DELETE FROM mail_people");
            statement.execute("ALTER TABLE claims DROP COLUMN version"); // V21
            statement.execute("DROP TABLE original_pieces"); // V22
            statement.execute("DROP TABLE originals");
            statement.execute("PRAGMA user_version = 19");
        }

        assertEquals(8, asImported.lines().count(), "three mails of the mbox, four of the PST, the .msg");
        try (CaseFile opened = CaseFile.open(file)) {
            assertEquals(asImported, CaseChecks.query(file, headers));
            assertEquals(peopleAsImported, CaseChecks.query(file, people));
            assertEquals(2, CaseMailThreads.rebuild(opened));
        }
    }

    private Path dump() throws IOException {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        for (String file : List.of("complex.mbox", "testPST_variousBodyTypes.pst", "testMSG_forwarded.msg")) {
            Files.copy(MAIL.resolve(file), dump.resolve(file));
        }
        return dump;
    }
}
