package org.dossier.ingest.chat;

import static org.dossier.ingest.chat.ChatCase.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.model.ImportSummary;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.dossier.store.CaseFile;
import org.dossier.store.ImportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatResumeTest {
    private static final int MESSAGES = 5000;
    private static final int FIRST_PART = 1000;

    @TempDir
    Path dir;

    @Test
    void aChatFileCutOffAfterItsFirstPartIsFinishedByTheNextImportWithNoMessageTwice() throws Exception {
        Path chat = dir.resolve("dump/WhatsApp Chat with Desk.txt");
        Files.createDirectories(chat.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(chat)) {
            for (int i = 0; i < MESSAGES; i++) {
                out.write(String.format("%02d/12/2023, %02d:%02d - Reporter %d: message %d%n", 13 + i / 1440, i / 60 % 24,
                        i % 60, i % 7, i));
            }
        }
        Path caseFile = dir.resolve("case.dossier");
        try (CaseFile opened = CaseFile.openOrCreate(caseFile, ZoneOffset.UTC, Clock.systemUTC())) {
            recordFirstPartOnlyAsACrashWouldLeaveIt(opened, chat);
            assertEquals("0", query(caseFile, "SELECT complete FROM sources"));
            assertEquals(String.valueOf(FIRST_PART), query(caseFile, "SELECT count(*) FROM items"));

            ImportService importer = new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(), Clock.systemUTC(), 2);
            ImportSummary resumed = importer.importInto(opened, List.of(chat.getParent()), ImportListener.NONE);
            assertEquals(MESSAGES - FIRST_PART, resumed.messages(), "only what was missing is added");
            assertEquals(1, resumed.imported());
        }
        assertEquals(String.valueOf(MESSAGES), query(caseFile, "SELECT count(*) FROM items WHERE kind = 'message'"));
        assertEquals(String.valueOf(MESSAGES), query(caseFile, "SELECT count(DISTINCT locator) FROM items"));
        assertEquals("1", query(caseFile, "SELECT complete FROM sources"));
        assertEquals("1", query(caseFile, "SELECT count(*) FROM conversations"));
        assertEquals("7", query(caseFile, "SELECT count(*) FROM participants"));
    }

    /** The real reader's first thousand messages, committed, then nothing: the process died. */
    private static void recordFirstPartOnlyAsACrashWouldLeaveIt(CaseFile caseFile, Path chat) throws Exception {
        List<NewConversation> conversations = new ArrayList<>();
        List<NewItem> messages = new ArrayList<>();
        new WhatsAppReader(null).read(new ChatFile(chat, chat.toString(), ZoneOffset.UTC), new ChatSink() {
            @Override
            public void conversation(NewConversation conversation) {
                conversations.add(conversation);
            }

            @Override
            public void message(NewItem message) {
                messages.add(message);
            }

            @Override
            public void problem(String where, String reason) {
                throw new AssertionError(where + ": " + reason);
            }
        });
        byte[] bytes = Files.readAllBytes(chat);
        ReceivedFile file = new ReceivedFile(chat.toString(), chat, bytes.length, Files.getLastModifiedTime(chat).toMillis(),
                new Sha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))), "text/plain");
        try (ImportWriter writer = ImportWriter.of(caseFile, Clock.systemUTC())) {
            writer.startRun(List.of(chat.getParent().toString()));
            writer.recordFile(file, null, new ParsedFile(messages.subList(0, FIRST_PART), conversations, List.of(), null, false));
            writer.commit();
        }
    }
}
