package org.dossier.ingest.chat;

import org.dossier.model.DateOrder;
import static org.dossier.ingest.chat.ChatCase.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.CaseChecks;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.model.FileFailure;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossier's own fixtures (test resources chat/MANIFEST.txt): each of the edge cases the issue names. */
class OwnExportsTest {
    private static final ImportService IMPORTER = new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(),
            Clock.systemUTC(), 2);

    @TempDir
    Path dir;
    Path caseFile;
    ImportSummary summary;

    private ChatCase importInto(Path path, ChatOptions options) throws Exception {
        caseFile = dir.resolve("case.dossier");
        try (CaseFile opened = CaseFile.openOrCreate(caseFile, ZoneOffset.UTC, Clock.systemUTC())) {
            summary = IMPORTER.importInto(opened, List.of(path), options, ImportListener.NONE);
        }
        assertEquals(List.of(), CaseChecks.danglingReferences(caseFile), "messages, replies and attachments name rows that exist");
        return ChatCase.read(caseFile);
    }

    private ChatCase importResource(String name, ChatOptions options) throws Exception {
        return importInto(Path.of(getClass().getResource("/chat/" + name).toURI()), options);
    }

    private Map<String, String> failures() {
        return summary.failures().stream().collect(Collectors.toMap(FileFailure::path, FileFailure::reason, (a, b) -> a + "; " + b));
    }

    @Test
    void whatsAppIosExport() throws Exception {
        ChatCase chat = importResource("whatsapp-ios", ChatOptions.DEFAULT);
        assertEquals(7, chat.authored().size());
        assertEquals(1, chat.system().size());
        assertTrue(chat.system().get(0).text().startsWith("Messages and calls are end-to-end encrypted"));
        assertEquals("Marcus Hale", chat.conversationOf(0));
        assertEquals(Instant.parse("2023-12-15T09:41:30Z"), chat.first().at(), "U+202F before AM");
        assertEquals("The Ledger called again.\nThey want a comment by Friday.", chat.first().text());
        assertEquals("Forwarding what you wrote in October:\n[09/10/2023, 9:16:40 PM] 陈立: Say it's evaluation, nothing more.",
                chat.withText("Forwarding").text(), "an older timestamp inside a message is part of it");
        assertEquals(Instant.parse("2023-12-16T00:30:00Z"), chat.last().at(), "12:30 AM is half past midnight");
        String path = summary.failures().stream().map(FileFailure::path).filter(p -> p.contains("line 10")).findFirst().orElse("");
        assertTrue(path.endsWith("WhatsApp Chat - Marcus Hale.txt » line 10"), summary.failures().toString());

        assertEquals("1", query(caseFile, "SELECT count(*) FROM attachments WHERE missing = 1 AND note = 'image omitted'"));
        assertEquals("00000012-PHOTO-2023-12-15-09-44-00.jpg", query(caseFile,
                "SELECT a.name FROM attachments a JOIN sources s ON s.id = a.source_id WHERE a.missing = 0"));
        assertEquals("陈立", query(caseFile, "SELECT m.author FROM items f JOIN items m ON m.id = f.parent_item_id "
                + "WHERE f.media_type = 'image/jpeg'"), "the attached photo becomes a child of its message");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAsALineAndTheRestIsRead() throws Exception {
        Path file = dir.resolve("chat.txt");
        Files.write(file, concat("20/12/2023, 10:00 - A: before\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xA0, '\n'},
                "20/12/2023, 10:01 - B: after\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ChatCase chat = importInto(file, ChatOptions.DEFAULT);
        assertEquals(List.of("before", "after"), chat.authored().stream().map(ChatCase.Row::text).toList());
        assertTrue(failures().keySet().stream().anyMatch(path -> path.endsWith("chat.txt » line 2")), failures().toString());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void whatsAppChineseAndroidExport() throws Exception {
        ChatCase chat = importResource("whatsapp-android-zh.txt", ChatOptions.DEFAULT);
        assertEquals(3, chat.authored().size());
        assertEquals("刘洋 加入了群组", chat.system().get(0).text());
        assertEquals(Instant.parse("2023-11-20T18:40:00Z"), chat.first().at(), "下午6:40 is 18:40");
        assertEquals(Instant.parse("2023-11-21T08:05:00Z"), chat.last().at(), "上午8:05 is 08:05");
        assertEquals("<媒体文件已省略>", query(caseFile, "SELECT note FROM attachments WHERE missing = 1"));
    }

    @Test
    void whatsAppAmbiguousDatesFollowTheReportersOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("chat.txt"), "03/04/2023, 10:00 - A: first\n05/04/2023, 10:00 - B: second\n");
        assertEquals(Instant.parse("2023-03-04T10:00:00Z"), importInto(file, new ChatOptions(DateOrder.MDY, null)).first().at());
        Files.delete(caseFile);
        assertEquals(Instant.parse("2023-04-03T10:00:00Z"), importInto(file, new ChatOptions(DateOrder.DMY, null)).first().at());
    }

    @Test
    void telegramExport() throws Exception {
        ChatCase chat = importResource("telegram-export", ChatOptions.DEFAULT);
        assertEquals(6, chat.authored().size());
        assertEquals("陈立: create group \"Tidewater ops\" 陈立, Marcus Hale", chat.system().get(0).text());
        assertEquals("Tidewater ops", chat.first().conversation());
        assertEquals("+08:00", chat.first().zone(), "the offset between date and date_unixtime");
        assertEquals("Two questions:\n1. who approved the Northgate account?\n2. is the spike in the logs?", chat.first().text());
        assertEquals("Ask @zhao_min — and see the memo", chat.withText("Ask").text());
        assertEquals("Deleted Account", chat.withText("I was here").author());
        ChatCase.Row old = chat.withText("An old export");
        assertTrue(old.zoneAssumed());
        assertEquals(Instant.parse("2023-10-10T08:10:00Z"), old.at(), "read in the case's zone (UTC here)");

        assertEquals("2", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.locator = '3'"));
        assertEquals("1", query(caseFile, "SELECT count(*) FROM items WHERE locator = '3' AND edited_at IS NOT NULL"));
        assertEquals("invoice-sept.pdf", query(caseFile, "SELECT name FROM attachments WHERE missing = 1"));
        assertEquals("the spike, as a screenshot", query(caseFile, "SELECT m.text FROM attachments a JOIN items m ON m.id = a.item_id "
                + "WHERE a.source_id IS NOT NULL"));
    }

    @Test
    void aWholeAccountExportHoldsOneConversationPerChat() throws Exception {
        ChatCase chat = importResource("telegram-full-export.json", ChatOptions.DEFAULT);
        assertEquals(List.of("Old vendor chat", "Marcus Hale", "Tidewater ops"),
                chat.authored().stream().map(ChatCase.Row::conversation).toList());
        assertEquals("陈立: pin message", chat.system().get(0).text());
        assertEquals("3", query(caseFile, "SELECT count(*) FROM conversations"));
        assertEquals("+08:00", chat.last().zone());
    }

    @Test
    void telegramJsonAsOtherToolsWriteItIsReadLiberally() throws Exception {
        ChatCase chat = importResource("telegram-other-tools.json", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(3, chat.authored().size(), "an account export without \"about\" is still one");
        assertEquals(Instant.parse("2017-01-01T06:20:09.248Z"), chat.first().at(), "milliseconds and Z");
        assertEquals("Z", chat.first().zone());
        ChatCase.Row offset = chat.withText("带时区");
        assertEquals(Instant.parse("2017-01-01T06:21:00Z"), offset.at());
        assertEquals("+08:00", offset.zone());
        assertFalse(offset.zoneAssumed(), "an offset is written, not assumed");
        assertEquals(Instant.ofEpochSecond(1483251720), chat.last().at(), "date_unixtime alone");
    }

    @Test
    void larkMessageApiPagesInAFolderAreOneConversation() throws Exception {
        ChatCase chat = importResource("lark-archive", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(9, chat.authored().size(), "text, reply, post, picture, file, edit, bundle and its two messages");
        assertEquals(List.of("陈立 invited Marcus Hale, 赵敏 to this chat.", "赵敏 recalled a message", "Build finished\nseed-v0.3 eval job done"),
                chat.system().stream().map(ChatCase.Row::text).toList(), "system message, recall and an app's card");
        assertEquals("1", query(caseFile, "SELECT count(*) FROM conversations"));
        assertEquals("Lark group oc_7f1d2seedinfra", chat.first().conversation());
        assertEquals("@Marcus Hale the eval numbers from the API run are in.", chat.withText("@Marcus").text());
        assertEquals("评估结果\n用对方接口生成的数据已经整理好，见 评估表 (https://example.invalid/sheet/eval)\n@赵敏 请看一下",
                chat.withText("评估结果").text(), "a post keeps its title, paragraphs and the link's address");
        assertEquals("Marcus Hale", chat.withText("Which API").author(), "the name a mention gave the sender's id");
        assertEquals("ou_chenli01", chat.withText("@Marcus").author(), "an id no message names stays the id");

        ChatCase.Row forwarded = chat.first();
        assertEquals("Usage of the output to build a competing model breaches the terms.", forwarded.text(),
                "a forwarded message keeps its own time, three days before the bundle");
        assertEquals(Instant.parse("2023-11-19T02:00:00Z"), forwarded.at());
        assertFalse(forwarded.zoneAssumed(), "milliseconds since the epoch are exact");
        assertEquals("om_009", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.locator = 'om_011'"));
        assertEquals("om_002", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.locator = 'om_003'"));
        assertEquals("1", query(caseFile, "SELECT count(*) FROM items WHERE locator = 'om_008' AND edited_at IS NOT NULL"));
        assertEquals("seed-eval-notes.docx,img_v2_0411seedchart",
                query(caseFile, "SELECT group_concat(name) FROM (SELECT name FROM attachments WHERE missing = 1 ORDER BY name DESC)"));
    }

    @Test
    void larkReceiveEventsLoggedByABot() throws Exception {
        ChatCase chat = importResource("lark-bot-events.jsonl", ChatOptions.DEFAULT);
        assertEquals(2, chat.authored().size());
        assertEquals("@陈立 帳號被停用了嗎？", chat.first().text());
        assertEquals("陈立", chat.last().author(), "named by the mention in the message before");
        assertEquals("om_e01", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.locator = 'om_e02'"));
        assertEquals(Map.of("lark-bot-events.jsonl » message om_e03", "no create_time, in milliseconds or as a local time: skipped"),
                failures().entrySet().stream().filter(e -> e.getKey().contains("om_e03"))
                        .collect(Collectors.toMap(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1), Map.Entry::getValue)));
    }

    @Test
    void messengerPartsAreOneConversationWithMetasEscapingUndone() throws Exception {
        ChatCase chat = importResource("messenger-dyi", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(4, chat.authored().size());
        assertEquals(List.of("陈立 added José Núñez to the group.", "call (95 s)", "Marcus Hale unsent a message"),
                chat.system().stream().map(ChatCase.Row::text).toList(), "a join, a call, an unsent message");
        assertEquals("1", query(caseFile, "SELECT count(*) FROM conversations"), "message_1.json and message_2.json are one thread");
        assertEquals("Tidewater ops", chat.first().conversation());
        assertEquals("José Núñez", chat.first().author());
        assertEquals("¿Quién aprobó la cuenta?", chat.first().text());
        assertEquals("陈立", chat.withText("账号已被停用。").author(), "UTF-8 bytes escaped as Latin-1 come out as Chinese");
        assertEquals("The memo:\nhttps://example.invalid/memo", chat.withText("The memo").text());
        assertEquals("陈立", query(caseFile, "SELECT m.author FROM items f JOIN items m ON m.id = f.parent_item_id "
                + "WHERE f.media_type = 'image/jpeg'"), "the photo in the export becomes a child of its message");
    }

    @Test
    void weChatTextAsLiuhenWritesIt() throws Exception {
        ChatCase chat = importResource("wechat-liuhen", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(4, chat.authored().size());
        assertEquals(List.of("你邀请\"赵敏\"、\"Marcus Hale\"加入了群聊", "\"陈立\"撤回了一条消息"),
                chat.system().stream().map(ChatCase.Row::text).toList(), "an invitation and a recall");
        assertEquals("Seed 项目群", chat.first().conversation(), "named after the file");
        assertEquals("陈立", chat.first().author());
        assertEquals(Instant.parse("2023-11-20T09:01:10Z"), chat.first().at());
        assertTrue(chat.first().zoneAssumed(), "the tool writes local time without a zone");
        assertEquals("帳號什麼時候被停用的？\n我們還能用嗎？", chat.withText("帳號").text());
        assertEquals("line 3", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id "
                + "WHERE r.text LIKE '周五开始的%'"), "the reply is linked to the message it quotes");
    }

    @Test
    void weChatCsvAsLiuhenWritesIt() throws Exception {
        ChatCase chat = importResource("wechat-liuhen-csv", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(3, chat.authored().size());
        assertEquals(List.of("你已添加了赵敏，现在可以开始聊天了。", "\"赵敏\" 撤回了一条消息"),
                chat.system().stream().map(ChatCase.Row::text).toList(), "a system notice and a recall, tags removed");
        assertEquals("赵敏", chat.first().conversation());
        assertEquals(Instant.parse("2023-11-20T09:01:00Z"), chat.first().at(), "epoch seconds");
        assertFalse(chat.first().zoneAssumed());
        assertEquals("我", chat.withText("在，怎么了").author(), "the owner of the phone");
        assertEquals("审计前\n全部删掉。", chat.last().text());
    }

    @Test
    void telegramHtmlPagesAreOneConversation() throws Exception {
        ChatCase chat = importResource("telegram-html", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(6, chat.authored().size());
        assertEquals(List.of("陈立 created group «Tidewater ops»", "陈立 invited Marcus Hale"),
                chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals(Instant.parse("2023-11-22T02:30:05Z"), chat.system().get(0).at(), "a service message takes the time beside it");
        assertEquals("1", query(caseFile, "SELECT count(*) FROM conversations"));
        assertEquals("Tidewater ops", chat.first().conversation());
        assertEquals("Org suspended. 帳號被停用了。", chat.first().text());
        assertEquals("+08:00", chat.first().zone());
        assertFalse(chat.first().zoneAssumed(), "UTC+08:00 is written in the date's title");
        ChatCase.Row joined = chat.withText("Since Friday.");
        assertEquals("陈立", joined.author(), "a joined message continues its predecessor's author");
        assertEquals("Since Friday.\nNobody told legal.", joined.text());
        assertEquals("Which org? See the eval sheet (https://example.invalid/eval)", chat.withText("Which org").text());
        assertEquals("4", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.locator = '6'"));
        assertEquals("先内部用，别外传。", chat.last().text());
        assertEquals("Marcus Hale", chat.last().author(), "forwarded by Marcus Hale; the original author is kept beside it");
        assertEquals("seed-eval-notes.docx", query(caseFile, "SELECT name FROM attachments WHERE missing = 1"));
        assertEquals("陈立", query(caseFile, "SELECT m.author FROM items f JOIN items m ON m.id = f.parent_item_id "
                + "WHERE f.media_type = 'image/jpeg'"), "the photo in the export becomes a child of its message");
    }

    @Test
    void signalAsSignalExportWritesIt() throws Exception {
        ChatCase chat = importResource("signal-export", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(4, chat.authored().size());
        assertEquals(List.of("Marcus Hale deleted a message", "Missed voice call"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("Marcus Hale", chat.first().conversation(), "the folder signal-export names after the chat");
        assertEquals("The org was suspended on Friday.", chat.first().text(), "the two trailing spaces are not the sender's");
        assertEquals(Instant.parse("2023-11-22T10:30:05Z"), chat.first().at());
        assertTrue(chat.first().zoneAssumed());
        assertEquals("Who told you?\nWas it 赵敏?", chat.withText("Who told you").text(), "the reaction line is not part of it");
        assertEquals("> Who told you?\n\nNot on Signal.", chat.last().text());
        assertEquals("Me", query(caseFile, "SELECT m.author FROM items f JOIN items m ON m.id = f.parent_item_id "
                + "WHERE f.media_type = 'image/jpeg'"), "the picture in the export becomes a child of its message");
    }

    @Test
    void iMessageAsImessageExporterWritesText() throws Exception {
        ChatCase chat = importResource("imessage-+15558675309.txt", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(4, chat.authored().size());
        assertEquals(List.of("You renamed the conversation to Seed"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("Me", chat.first().author());
        assertEquals("Did OpenAI cut the account off?", chat.first().text(), "reactions are not part of the words");
        assertEquals("+15558675309", chat.withText("Yes.").author());
        assertEquals("Yes. 帳號停了。", chat.withText("Yes.").text());
        assertEquals("line 7", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id "
                + "WHERE r.text = 'Since when?'"), "a reply indented under its message answers it");
        assertEquals(Instant.parse("2023-11-22T21:02:00Z"), chat.last().at(), "a padded 9:02 PM");
    }

    @Test
    void damagedExportsOfTheNewFormatsSayWhyAndKeepTheRest() throws Exception {
        Path lark = Path.of(getClass().getResource("/chat/lark-archive/page-1.json").toURI());
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.write(export.resolve("lark-cut.json"), java.util.Arrays.copyOf(Files.readAllBytes(lark), 3000));
        String dataJs = Files.readString(Path.of(getClass().getResource("/chat/wechat-pywxdump-html/data.js").toURI()));
        Files.writeString(export.resolve("data.js"), dataJs.substring(0, dataJs.indexOf("\"MsgSvrID\": \"7003\"")));
        Files.writeString(export.resolve("wx.csv"), "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n"
                + "1,2,文本,0,a,b,hi,,not a time\n2,3,文本,0,a,b,ok,,2024-01-02 03:04:05\n");
        Files.writeString(export.resolve("message_1.json"), "{\"participants\":[],\"messages\":[{\"sender_name\":\"A\",\"timestamp_ms\":\"x\"},"
                + "{\"sender_name\":\"B\",\"timestamp_ms\":1700000000000,\"content\":\"ok\"}]}");
        Files.writeString(export.resolve("messages.html"), "<html><div class=\"page_header\"></div><div class=\"history\">"
                + "<div class=\"message default clearfix\" id=\"message5\"><div class=\"body\"><div class=\"text\">no date</div></div></div></div></html>");
        ChatCase chat = importInto(export, ChatOptions.DEFAULT);
        Map<String, String> reasons = failures().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1), Map.Entry::getValue));
        assertTrue(reasons.get("lark-cut.json » damage").startsWith("truncated JSON at line"), reasons.toString());
        assertEquals("time \"not a time\" is not a WeChat export's time: skipped", reasons.get("wx.csv » row 2"));
        assertEquals("no timestamp_ms: skipped", reasons.get("message_1.json » message message_1.json#1"));
        assertEquals("no readable date: skipped", reasons.get("messages.html » message 5"));
        assertTrue(reasons.get("data.js » damage").startsWith("truncated JSON at line"), reasons.toString());
        assertEquals(5, reasons.size(), reasons.toString());
        assertEquals(List.of("@Marcus Hale the eval numbers from the API run are in.", "Which API? Ours or theirs?", "ok", "ok",
                        "模型评测数据先用 OpenAI 的接口生成。"),
                chat.authored().stream().map(ChatCase.Row::text).sorted().toList(), "what came before the damage, and the good rows");
    }

    @Test
    void larkMessagesAsLarksOwnCommandLineWritesThem() throws Exception {
        ChatCase chat = importResource("lark-cli-messages.json", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(4, chat.authored().size());
        assertEquals(List.of("赵敏 recalled a message"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("陈立", chat.first().author(), "the name lark-cli attached to the sender");
        assertEquals(Instant.parse("2023-11-22T10:01:00Z"), chat.first().at(), "a local minute, in the case's zone");
        assertTrue(chat.first().zoneAssumed());
        assertEquals("评估结果\n用对方接口生成的数据已经整理好 @赵敏\n[评估表](https://example.invalid/sheet/eval)", chat.withText("评估结果").text());
        assertEquals("om_c01", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id WHERE r.locator = 'om_c02'"));
    }

    @Test
    void weChatCsvAsChatlogServesIt() throws Exception {
        ChatCase chat = importResource("wechat-chatlog", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(2, chat.authored().size());
        assertEquals(List.of("\"赵敏\"邀请你加入了群聊"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("Seed 项目群", chat.first().conversation());
        assertEquals("赵敏", chat.first().author());
        assertEquals("在，怎么了\n审计前要删吗？", chat.last().text());
    }

    @Test
    void weChatJsonAsPyWxDumpWritesIt() throws Exception {
        assertPyWxDumpChat(importResource("wechat-pywxdump-json", ChatOptions.DEFAULT));
    }

    @Test
    void weChatHtmlDataAsPyWxDumpWritesIt() throws Exception {
        assertPyWxDumpChat(importResource("wechat-pywxdump-html", ChatOptions.DEFAULT));
    }

    /** Its JSON and its HTML export's data.js hold the same messages and the same names. */
    private void assertPyWxDumpChat(ChatCase chat) throws Exception {
        assertEquals(Map.of(), failures());
        assertEquals(6, chat.authored().size());
        assertEquals(List.of("\"陈立\"邀请\"周明\"加入了群聊", "\"周明\" 撤回了一条消息"),
                chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("24512345678@chatroom", chat.first().conversation());
        assertEquals("陈立", chat.first().author(), "the remark the owner gave, from the user list");
        assertEquals("模型评测数据先用 OpenAI 的接口生成。", chat.first().text());
        assertTrue(chat.first().zoneAssumed(), "PyWxDump writes local times");
        assertEquals("林晓", chat.withText("收到").author(), "the owner, by the nickname in the user list");
        assertEquals("3", query(caseFile, "SELECT count(*) FROM participants"), "three wxids, one person each");
        assertEquals("7003", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id "
                + "WHERE r.locator = '7005'"), "the reply is linked to the message it quotes");
        assertEquals("FileStorage/MsgAttach/9e1f/Image/2023-12/5c2a.dat", query(caseFile,
                "SELECT substr(path, instr(path, 'FileStorage')) FROM attachments"));
        assertEquals("字節跳動的賬號被封了嗎？", chat.last().text());
        assertEquals("周明", chat.last().author());
    }

    @Test
    void weChatTextAsWechatExporterWritesIt() throws Exception {
        ChatCase chat = importResource("wechatexporter-Seed 项目群.txt", ChatOptions.DEFAULT);
        assertEquals(4, chat.authored().size());
        assertEquals("Seed 项目群", chat.first().conversation(), "the title line");
        assertEquals("帳號什麼時候被停用的？\n我們還能用嗎？", chat.withText("帳號").text());
        assertEquals("line 4", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id "
                + "WHERE r.text LIKE '「陈立%'"), "the reply is linked to the message it quotes");
        assertEquals(Map.of(), failures());
        assertEquals(List.of("你邀请\"赵敏\"加入了群聊"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals(Instant.parse("2023-11-20T09:01:10Z"), chat.system().get(0).at(), "a system message takes the time beside it");
    }

    @Test
    void weChatHtmlAsLiuhenWritesIt() throws Exception {
        ChatCase chat = importResource("wechat-liuhen-html", ChatOptions.DEFAULT);
        assertEquals(Map.of(), failures());
        assertEquals(5, chat.authored().size(), "two texts, a picture, a reply, a call");
        assertEquals(List.of("你已添加了赵敏，现在可以开始聊天了。"), chat.system().stream().map(ChatCase.Row::text).toList());
        assertEquals("赵敏", chat.first().conversation(), "the page's title");
        assertEquals(Instant.ofEpochSecond(1700470860), chat.first().at());
        assertEquals("在，怎么了 <审计> \"前\"\n要删吗", chat.withText("在，怎么了").text(), "un-escaped from JavaScript and HTML");
        assertEquals("陈立", chat.withText("在，怎么了").author());
        assertEquals("message 3", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id "
                + "WHERE r.text LIKE '全部删掉%'"), "the reply is linked to the message it quotes");
        assertEquals("1f6c2.jpg", query(caseFile, "SELECT name FROM attachments"));
    }

    @Test
    void aTruncatedExportKeepsWhatCameBeforeTheCutAndSaysWhere() throws Exception {
        ChatCase chat = importResource("telegram-truncated.json", ChatOptions.DEFAULT);
        assertEquals(3, chat.authored().size(), "messages 2, 3 and 4 came before the cut");
        String reason = failures().values().stream().filter(r -> r.contains("truncated JSON")).findFirst().orElse("");
        assertTrue(reason.matches("truncated JSON at line \\d+, column \\d+: .*\\(the messages before it were imported\\)"), reason);
        assertEquals(1, summary.imported(), "partly read is imported, with the damage reported");
    }

    @Test
    void discordChatExporterChannel() throws Exception {
        ChatCase chat = importResource("discord", ChatOptions.DEFAULT);
        assertEquals(2, chat.authored().size());
        assertEquals(2, chat.system().size(), "the join and the bot's post");
        assertEquals("Halcyon Partners / Projects / ops", chat.first().conversation());
        assertEquals("Priya", chat.first().author());
        assertEquals(Instant.parse("2023-11-21T00:00:00.123Z"), chat.first().at());
        assertEquals("+08:00", chat.first().zone());
        assertEquals("Lumina asked us about Halcyon.\nWe answer nothing until legal has looked.", chat.first().text());
        assertEquals("oliver.b", chat.last().author(), "no nickname: the user name");
        assertEquals("1002", query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id"));
        assertEquals("plan.txt", query(caseFile, "SELECT name FROM attachments WHERE source_id IS NOT NULL"));
        assertTrue(query(caseFile, "SELECT note FROM attachments WHERE missing = 1").startsWith("not in the export; it was at https://"));
    }

    @Test
    void aChatLogThroughAColumnMapping() throws Exception {
        ChatCase chat = importResource("internal-tool-export.csv",
                new ChatOptions(null, ChatLogMapping.parse("time=Zeit,author=Von,text=Nachricht,conversation=Kanal", "dd.MM.yyyy HH:mm")));
        assertEquals(3, chat.authored().size());
        assertEquals("Stop all calls.\nKeep every log.", chat.first().text());
        assertEquals(Instant.parse("2023-11-20T18:40:00Z"), chat.first().at());
        assertTrue(chat.first().zoneAssumed());
        assertEquals("partners", chat.last().conversation());
        assertEquals("no time: skipped", failures().entrySet().stream().filter(e -> e.getKey().endsWith("» row 4"))
                .map(Map.Entry::getValue).findFirst().orElse(null));
    }

    @Test
    void aJsonLinesLogReportsItsBrokenLine() throws Exception {
        ChatCase chat = importResource("chatlog.jsonl",
                new ChatOptions(null, ChatLogMapping.parse("time=ts,author=user,text=body", null)));
        assertEquals(List.of("陈立", "王芳"), chat.authored().stream().map(ChatCase.Row::author).toList());
        assertFalse(chat.first().zoneAssumed());
        assertTrue(failures().keySet().stream().anyMatch(path -> path.endsWith("chatlog.jsonl » line 2")), failures().toString());
    }

    @Test
    void aCsvWithoutTheMappedColumnsIsAPlainDocument() throws Exception {
        importResource("internal-tool-export.csv", new ChatOptions(null, ChatLogMapping.parse("time=Date,author=From,text=Body", null)));
        assertEquals("0", query(caseFile, "SELECT count(*) FROM conversations"));
        assertEquals("1", query(caseFile, "SELECT count(*) FROM items WHERE kind = 'document'"));
    }

    @Test
    void aSlackExportZippedInsideAFolderReadsLikeTheFolder() throws Exception {
        Path export = Path.of("..", "sample-evidence", "chats", "halcyon-slack-export").toAbsolutePath().normalize();
        Path zip = dir.resolve("dump/slack.zip");
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(export)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new ZipEntry("Halcyon Slack export/" + export.relativize(file).toString().replace('\\', '/')));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
        }
        ChatCase chat = importInto(zip.getParent(), ChatOptions.DEFAULT);
        assertEquals(13, chat.authored().size());
        assertEquals(2, chat.system().size(), "a join and a bot's post");
        ChatCase.Row scrub = chat.withText("@王芳 Wang Fang nice.");
        assertEquals("刘洋 Liu Yang", scrub.author());
        assertEquals("Asia/Shanghai", scrub.zone(), "the author's zone from users.json");
        assertEquals("Done already: the scrub script runs before upload & the raw logs stay on the jump host.",
                chat.withText("Done already").text());
        assertEquals("Is vendor-A still billed through Northgate? the Northgate console (https://northgate.example/console) "
                + "shows the same org id.", chat.withText("Is vendor-A").text());
        assertEquals("deactivated user U03FORMER", chat.withText("Is vendor-A").author());
        assertEquals(scrub.locator(), query(caseFile, "SELECT p.locator FROM items r JOIN items p ON p.id = r.reply_to_id "
                + "WHERE r.text LIKE 'Done already%'"));
        assertNull(query(caseFile, "SELECT path FROM attachments"), "Slack exports do not include files");
        assertEquals("1", query(caseFile, "SELECT count(*) FROM attachments WHERE missing = 1"));
        assertEquals("1", query(caseFile, "SELECT count(*) FROM items WHERE edited_at IS NOT NULL"));
    }
}
