package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company the case saw once with its legal form (an e-mail signature) is found by its short name
 * everywhere in the case: in a chat read before the e-mail too, as one entity with the long form.
 */
class CaseLearningTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-04T12:00:00Z"), ZoneOffset.UTC);
    private static final ImportService IMPORTER = new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(), CLOCK, 2);
    private static final String CHAT_EN = "Brightwater wants the ledgers before Friday";
    private static final String CHAT_ZH = "澄川那边说泓曜物流明天来拿货";

    @TempDir
    Path dir;

    @Test
    void aCompanySignedInAnEmailIsFoundInAChatReadBeforeIt() throws Exception {
        Path dump = dir.resolve("dump");
        writeChat(dump.resolve("a-chat/result.json"));
        writeMail(dump.resolve("b-mail/offer.eml"), """
                Please find the revised offer attached.

                Regards,
                Olu Adeyemi
                Brightwater Ltd
                深圳市泓曜物流有限公司
                """);
        Path file = dir.resolve("case.dossier");
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneOffset.UTC, CLOCK)) {
            IMPORTER.importInto(caseFile, List.of(dump), ImportListener.NONE);
            CaseExtraction.Counts counts = CaseExtraction.catchUp(caseFile, (done, of) -> { });
            assertEquals(counts.mentions(), caseFile.stats().mentions(), "the count includes what the second reading found");
        }
        assertEquals("Brightwater Ltd", organisationIn(file, CHAT_EN, "Brightwater"));
        assertEquals("深圳市泓曜物流有限公司", organisationIn(file, CHAT_ZH, "泓曜物流"));
    }

    @Test
    void withoutTheSignatureTheShortNameIsNoCompany() throws Exception {
        Path dump = dir.resolve("dump");
        writeChat(dump.resolve("a-chat/result.json"));
        writeMail(dump.resolve("b-mail/offer.eml"), "Please find the revised offer attached.\n\nRegards,\nOlu Adeyemi\n");
        Path file = dir.resolve("case.dossier");
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneOffset.UTC, CLOCK)) {
            IMPORTER.importInto(caseFile, List.of(dump), ImportListener.NONE);
            CaseExtraction.catchUp(caseFile, (done, of) -> { });
        }
        assertNull(organisationIn(file, CHAT_EN, "Brightwater"));
    }

    /** The name of the entity an organisation mention with this surface in the message with this text belongs to. */
    private static String organisationIn(Path file, String message, String surface) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var query = connection.prepareStatement("""
                     SELECT e.name FROM mentions m JOIN items i ON i.id = m.item_id JOIN entities e ON e.id = m.entity_id
                     WHERE m.type = 'ORGANIZATION' AND m.surface = ? AND i.text LIKE ?""")) {
            query.setString(1, surface);
            query.setString(2, "%" + message + "%");
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void writeChat(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode chat = json.createObjectNode().put("name", "Pickups").put("type", "private_group").put("id", 5120877);
        ArrayNode messages = chat.putArray("messages");
        messages.add(message(json, 1, 1709280000L, CHAT_EN));
        messages.add(message(json, 2, 1709280060L, CHAT_ZH));
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), chat);
    }

    private static ObjectNode message(ObjectMapper json, int id, long unixTime, String text) {
        return json.createObjectNode().put("id", id).put("type", "message")
                .put("date", java.time.LocalDateTime.ofEpochSecond(unixTime, 0, ZoneOffset.UTC).toString())
                .put("date_unixtime", Long.toString(unixTime)).put("from", "Ines Duarte").put("from_id", "user7781").put("text", text);
    }

    private static void writeMail(Path file, String body) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                From: Olu Adeyemi <olu@brightwater.example>
                To: Ines Duarte <ines@example.org>
                Subject: Offer
                Date: Mon, 4 Mar 2024 09:30:00 +0000
                Message-ID: <offer-1@brightwater.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                """.replace("\n", "\r\n") + body.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }
}
