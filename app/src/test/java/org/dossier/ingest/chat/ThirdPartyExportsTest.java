package org.dossier.ingest.chat;

import org.dossier.model.DateOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.ingest.ImportService;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real exports made by other people's tools (fixtures/chat-exports/MANIFEST.txt). The expected
 * values were counted from the files by hand, not taken from the projects' own parsers, which
 * skip some edge cases (chat-miner drops the WhatsApp line "John Doe:.", which has no ": ").
 */
class ThirdPartyExportsTest {
    private static final ImportService IMPORTER = new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(),
            java.time.Clock.systemUTC(), 2);

    @TempDir
    Path dir;

    private ChatCase importFixture(String path, ChatOptions options) throws Exception {
        Path file = Path.of(getClass().getResource("/fixtures/chat-exports/" + path).toURI());
        Path caseFile = dir.resolve("case.dossier");
        try (CaseFile opened = CaseFile.openOrCreate(caseFile, ZoneOffset.UTC, java.time.Clock.systemUTC())) {
            ImportSummary summary = IMPORTER.importInto(opened, List.of(file), options, ImportListener.NONE);
            assertTrue(summary.failures().stream().allMatch(f -> f.path().endsWith("» dates")), summary.failures().toString());
        }
        return ChatCase.read(caseFile);
    }

    @Test
    void slackWorkspaceExportInAZip() throws Exception {
        ChatCase chat = importFixture("slack/slack-export-viewer_testarchive.zip", ChatOptions.DEFAULT);
        // 158 entries in the day files: 49 plain, 3 file_share and 1 file_comment are people's words;
        // 94 bot messages, 8 joins and 3 integrations added are system events.
        assertEquals(53, chat.authored().size());
        assertEquals(105, chat.system().size());
        assertEquals("Hamza Faran", chat.first().author());
        assertEquals(Instant.parse("2016-01-15T05:55:52Z"), chat.first().at());
        assertEquals("enrique", chat.first().conversation());
        assertEquals("Hamza Faran", chat.last().author());
        assertEquals(Instant.parse("2016-03-28T08:52:54Z"), chat.last().at());
        assertEquals("@Harry Potter: \n```\nwget http://downloads.mesosphere.io/master/debian/8/mesos-0.27.0-py2.7-linux-x86_64.egg\n"
                + "easy_install mesos-0.27.0-py2.7-linux-x86_64.egg\n```", chat.withText("@Harry Potter: \n```\nwget").text());
    }

    @Test
    void telegramSingleChatExport() throws Exception {
        ChatCase chat = importFixture("telegram/chatminer_single_export.json", ChatOptions.DEFAULT);
        assertEquals(2, chat.authored().size());
        assertEquals("Author 1", chat.first().author());
        assertEquals(Instant.ofEpochSecond(1544006350), chat.first().at());
        assertEquals("Minimal Message", chat.first().text());
        assertEquals("Author 2", chat.last().author());
        assertEquals(Instant.ofEpochSecond(1544006964), chat.last().at());
        assertEquals("Link:https://telegram.org/", chat.last().text(), "formatted pieces joined exactly as written");
        assertFalse(chat.last().zoneAssumed(), "date_unixtime is an exact instant");
    }

    @Test
    void whatsAppDayFirst24Hours() throws Exception {
        assertTheLoremIpsumChat(importFixture("whatsapp/chatminer_test_ddmmyy_24hrs.txt", ChatOptions.DEFAULT));
    }

    @Test
    void whatsAppMonthFirst12HoursWithSpanishAmPm() throws Exception {
        assertTheLoremIpsumChat(importFixture("whatsapp/chatminer_test_mmddyyyy_12hrs.txt", ChatOptions.DEFAULT));
    }

    /** The two chat-miner files hold the same chat in two locales. */
    private static void assertTheLoremIpsumChat(ChatCase chat) {
        // Authored: John Doe, Jahn Doe, John-John Doe, "John Doe 🤓", "🤓", John Doe. System: "John Doe:." (no ": "),
        // "+12 345 578 created group", "You were added".
        assertEquals(6, chat.authored().size());
        assertEquals(3, chat.system().size());
        assertEquals("John Doe", chat.first().author());
        assertEquals(Instant.parse("2019-01-01T11:25:00Z"), chat.first().at());
        assertTrue(chat.first().zoneAssumed(), "WhatsApp carries no zone: the case's is assumed");
        assertEquals("John Doe", chat.last().author());
        assertEquals(Instant.parse("2021-12-30T22:01:00Z"), chat.last().at());
        assertEquals("Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.", chat.last().text());
        assertEquals("Jahn Doe", chat.withText("Lorem ipsum dolor sit amet,\nconsectetur").author());
        assertEquals(Instant.parse("2020-06-20T00:08:00Z"),
                chat.system().stream().filter(row -> row.text().contains("created group")).findFirst().orElseThrow().at());
        assertEquals("🤓", chat.authored().get(4).author());
    }

    @Test
    void whatsAppWithOnlyAmbiguousDatesIsReadInTheOrderThatKeepsItChronological() throws Exception {
        // 06/03, 08/05, 09/04: as day-first March, May, April; as month-first June, August, September.
        ChatCase chat = importFixture("whatsapp/pustur_short-chat.txt", ChatOptions.DEFAULT);
        assertEquals(3, chat.authored().size());
        assertEquals(2, chat.system().size(), "the encryption notice and the group's creation");
        assertEquals("Sample User", chat.first().author());
        assertEquals(Instant.parse("2017-06-03T00:45:00Z"), chat.first().at());
        assertEquals("+410123456789", chat.last().author());
        assertEquals(Instant.parse("2017-09-04T01:50:00Z"), chat.last().at());
        assertEquals("How are you?\n\nIs everything alright?", chat.last().text());
    }

    @Test
    void theReporterCanOverrideTheDateOrder() throws Exception {
        ChatCase chat = importFixture("whatsapp/pustur_short-chat.txt", new ChatOptions(DateOrder.DMY, null));
        assertEquals(Instant.parse("2017-03-06T00:45:00Z"), chat.first().at());
    }

    @Test
    void larkApiResponseAndReceiveEvents() throws Exception {
        ChatCase chat = importFixture("lark", ChatOptions.DEFAULT);
        assertEquals(5, chat.authored().size(), "one API item and four events");
        assertEquals(0, chat.system().size());
        assertEquals("ou_alice", chat.first().author());
        assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), chat.first().at());
        assertEquals("hello bridge", chat.first().text());
        assertEquals("@Bridge Bot @Bob status?", chat.withText("@Bridge Bot @Bob").text(), "<at> tags become the names");
        assertEquals("scrubbed content", chat.last().text());
        assertEquals(Instant.ofEpochMilli(1755000000000L), chat.last().at());
        assertEquals("4", ChatCase.query(dir.resolve("case.dossier"), "SELECT count(*) FROM conversations"),
                "the API chat, the direct chat, the group and the topic group");
    }

    @Test
    void messengerDownloadYourInformation() throws Exception {
        ChatCase chat = importFixture("messenger/chatanalytics_2A_7M_message_1.json", ChatOptions.DEFAULT);
        assertEquals(7, chat.authored().size(), "text, photo, sticker, audio and file messages; the BOM is no obstacle");
        assertEquals("Bob", chat.first().author());
        assertEquals(Instant.ofEpochMilli(1415147240411L), chat.first().at());
        assertEquals("Alice", chat.last().author());
        assertEquals("Hello", chat.last().text());
        assertEquals("Alice", chat.first().conversation(), "the thread's title");
        assertEquals("4", ChatCase.query(dir.resolve("case.dossier"), "SELECT count(*) FROM attachments"));
    }

    @Test
    void instagramDownloadYourInformation() throws Exception {
        ChatCase chat = importFixture("instagram/chatminer_instagram_test_export.json", ChatOptions.DEFAULT);
        assertEquals(2, chat.authored().size());
        assertEquals("Jane Doe", chat.first().author());
        assertEquals(Instant.ofEpochMilli(1577186580000L), chat.first().at());
        assertEquals("Hello John!", chat.first().text());
        assertEquals("John Doe", chat.last().author());
        assertEquals("Hello Jane!", chat.last().text());
    }

    @Test
    void telegramWithMillisecondsAndZ() throws Exception {
        ChatCase chat = importFixture("telegram/chatanalytics_BIG_20A_5475M.json", ChatOptions.DEFAULT);
        assertEquals(5475, chat.authored().size());
        assertEquals(20, chat.authored().stream().map(ChatCase.Row::author).distinct().count());
        assertEquals("Marjory.Cartwright", chat.first().author());
        assertEquals(Instant.parse("2017-01-01T06:20:09.248Z"), chat.first().at());
        assertEquals("Incidunt consequuntur alias.", chat.first().text());
        assertEquals("Frederic.Feest", chat.last().author());
        assertEquals(Instant.parse("2019-12-31T18:19:24.288Z"), chat.last().at());
        assertFalse(chat.last().zoneAssumed());
    }

    @Test
    void telegramWithDateOnlyUnixtimeOnlyAndServiceMessages() throws Exception {
        ChatCase chat = importFixture("telegram/chatanalytics_DM_2A_7M.json", ChatOptions.DEFAULT);
        assertEquals(6, chat.authored().size());
        assertEquals(2, chat.system().size(), "joined Telegram, a phone call");
        assertEquals("Bob", chat.first().author());
        assertEquals(Instant.parse("2019-07-12T16:55:32Z"), chat.first().at(), "no unixtime: read in the case's zone");
        assertTrue(chat.first().zoneAssumed());
        assertEquals("Alice", chat.last().author());
        assertEquals(Instant.ofEpochSecond(1654898799), chat.last().at());
    }

    @Test
    void telegramAccountExportWithoutAbout() throws Exception {
        ChatCase chat = importFixture("telegram/chatminer_batch_export.json", ChatOptions.DEFAULT);
        assertEquals(2, chat.authored().size());
        assertEquals("Minimal Message", chat.first().text());
        assertEquals("Link:https://telegram.org/", chat.last().text());
    }

    @Test
    void weChatCsvAsPyWxDumpWritesIt() throws Exception {
        ChatCase chat = importFixture("wechat/weclone_pywxdump_test_person_0_730.csv", ChatOptions.DEFAULT);
        // 96 rows: 65 text, 23 animated stickers, 5 pictures, 1 quoted reply are people's; 2 recalls (系统通知) are not.
        assertEquals(94, chat.authored().size());
        assertEquals(List.of("你撤回了一条消息", "你撤回了一条消息"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("12345iru2zsmo22", chat.first().author());
        assertEquals(Instant.parse("2024-10-04T11:42:00Z"), chat.first().at(), "a spreadsheet's 2024/10/4 11:42");
        assertEquals("图片", chat.first().text());
        assertEquals("test_person", chat.first().conversation());
        assertEquals(Instant.parse("2024-12-30T21:28:00Z"), chat.last().at());
        assertEquals("表情", chat.last().text());
        assertEquals("12345iru2zsmo22", chat.withText("小马尔代夫").author());
        Path caseFile = dir.resolve("case.dossier");
        assertEquals("我之前租的时候 人家说这个没劲儿 租了个大的", ChatCase.query(caseFile,
                "SELECT p.text FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.text LIKE '（我们两个人骑）%'"),
                "the quoted reply is linked to the message it quotes");
        assertEquals("5", ChatCase.query(caseFile, "SELECT count(*) FROM attachments WHERE missing = 1"),
                "five pictures named by the export but not in it; the stickers are addresses on Tencent's servers");
    }

    @Test
    void telegramHtmlExportOfAChannel() throws Exception {
        ChatCase chat = importFixture("telegram/cybersecnews_messages40.html", ChatOptions.DEFAULT);
        assertEquals(194, chat.authored().size(), "159 of them joined to the one before");
        assertEquals(0, chat.system().size(), "the four day dividers are not messages");
        assertEquals(1, chat.authored().stream().map(ChatCase.Row::author).distinct().count());
        assertEquals("🛡 Cybersecurity & Privacy news 🛡", chat.first().author());
        assertEquals("🛡 Cybersecurity & Privacy news 🛡", chat.first().conversation());
        assertEquals(Instant.parse("2022-03-16T14:45:19Z"), chat.first().at());
        assertTrue(chat.first().text().startsWith("🛠 OpenSSL Toolkit 3.0.2 🛠\n"), chat.first().text());
        assertEquals(Instant.parse("2022-03-19T07:23:03Z"), chat.last().at());
        assertTrue(chat.last().text().startsWith("‼ CVE-2022-0991 ‼"), chat.last().text());
    }

    @Test
    void signalInSignalExportsOlderLines() throws Exception {
        ChatCase chat = importFixture("signal/chatminer_signal_test_export.txt", ChatOptions.DEFAULT);
        assertEquals(2, chat.authored().size());
        assertEquals("Jane Doe", chat.first().author());
        assertEquals(Instant.parse("2019-12-24T12:23:00Z"), chat.first().at());
        assertEquals("Hello John!", chat.first().text());
        assertEquals("John Doe", chat.last().author());
        assertEquals("Hello\nJane!", chat.last().text());
        assertEquals("signal", ChatCase.query(dir.resolve("case.dossier"), "SELECT platform FROM conversations"));
    }

    @Test
    void iMessageHtmlAsImessageExporterWritesIt() throws Exception {
        ChatCase chat = importFixture("imessage/imessageexporter_example.html", ChatOptions.DEFAULT);
        assertEquals(10, chat.authored().size(), "six messages and four replies in their threads");
        assertEquals(List.of("You renamed the conversation to 🦀 iMessage Exporter 🦀"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("Me", chat.first().author());
        assertEquals(Instant.parse("2022-07-17T17:04:04Z"), chat.first().at());
        assertTrue(chat.first().text().startsWith("Hey, did you see that new iMessage Rust project?"), chat.first().text());
        assertEquals(Instant.parse("2022-07-17T17:47:37Z"), chat.last().at());
        assertTrue(chat.last().text().startsWith("Hang on guys, I have bad service"), chat.last().text());
        assertEquals(java.util.Set.of("Me", "+15558675309", "steve@icloud.com"),
                chat.authored().stream().map(ChatCase.Row::author).collect(java.util.stream.Collectors.toSet()));
        assertEquals("4", ChatCase.query(dir.resolve("case.dossier"), "SELECT count(*) FROM items WHERE reply_to_id IS NOT NULL"),
                "each reply answers the message whose thread holds it");
    }

    @Test
    void facebooksOlderHtmlPageOfMessages() throws Exception {
        ChatCase chat = importFixture("messenger/fbchatarchiveparser_simulated_messages.htm", ChatOptions.DEFAULT);
        assertEquals(20, chat.authored().size());
        assertEquals("3", ChatCase.query(dir.resolve("case.dossier"), "SELECT count(*) FROM conversations"), "three threads");
        assertEquals(java.util.Set.of("First User 一", "Second User 二", "Third User 三"),
                chat.authored().stream().map(ChatCase.Row::author).collect(java.util.stream.Collectors.toSet()));
        ChatCase.Row last = chat.withText("The last message! Hello");
        assertEquals("Second User 二", last.author());
        assertEquals(Instant.parse("2013-10-05T05:05:00Z"), last.at(), "10:05pm PDT");
        assertEquals("First User 一, Second User 二", last.conversation());
    }
}
