package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.CaseChecks;
import org.dossier.TestEngine;
import org.dossier.model.ItemKind;
import org.dossier.model.MailThread;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads are written with SQLite's row-by-row foreign-key checks off, so the store checks the threads' mails itself (on either engine). */
class MailThreadStoreTest {
    @TempDir
    Path dir;

    @Test
    void aThreadNamingAMailTheCaseDoesNotHoldIsRefusedAndNothingIsWritten() throws SQLException {
        Path file = dir.resolve("case.dossier");
        try (CaseFile caseFile = TestEngine.newCase(file, ZoneOffset.UTC, CaseFileTest.CLOCK)) {
            try (ImportWriter writer = ImportWriter.of(caseFile, CaseFileTest.CLOCK)) {
                writer.startRun(List.of("/dump"));
                writer.recordFile(new ReceivedFile("/dump/a.eml", null, 10, null, new Sha256("a".repeat(64)), "message/rfc822"),
                        null, ParsedFile.whole(List.of(new NewItem(ItemKind.DOCUMENT, "", null, "Budget", null, null, null, null,
                                "message/rfc822", "", false, Map.of("dc:subject", List.of("Budget")), null)), List.of(), null));
                writer.commit();
            }
            long mail = Long.parseLong(CaseChecks.query(caseFile, "SELECT id FROM items"));
            try (MailThreadStore store = MailThreadStore.of(caseFile)) {
                StoreException refused = assertThrows(StoreException.class,
                        () -> store.replace(List.of(new MailThread("email:a", "Budget", List.of(mail, mail + 1), Map.of(mail + 1, mail)))));
                assertEquals("cannot write the e-mail threads: 1 of their mails are not in the case", refused.getMessage());
            }
            assertEquals("0", CaseChecks.query(caseFile, "SELECT count(*) FROM conversations"));
            assertEquals("1", CaseChecks.query(caseFile, "SELECT count(*) FROM mail_headers"), "the mail's headers were recorded as it was imported");
        }
    }
}
