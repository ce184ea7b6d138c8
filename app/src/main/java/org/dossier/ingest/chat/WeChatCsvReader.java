package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * WeChat chats as the common export tools write them to CSV, told apart by their header rows:
 * PyWxDump ({@code type_name,is_sender,talker,room_name,msg,src,CreateTime}; before 2024
 * {@code content} held {"src","msg"} as JSON), WeFlow's WeClone layout (the same without
 * {@code room_name}, times in ISO UTC), 留痕 / WeChatMsg
 * ({@code localId,TalkerId,Type,SubType,IsSender,CreateTime,…,StrContent,StrTime,Remark,NickName})
 * and sjzar/chatlog ({@code Time,SenderName,Sender,TalkerName,Talker,Content}).
 * System notices and recalls (撤回) are system events; a reply is linked to the message it quotes.
 */
final class WeChatCsvReader implements ChatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PYWXDUMP = Set.of("type_name", "is_sender", "talker", "CreateTime");
    private static final Set<String> WECHATMSG = Set.of("localId", "Type", "IsSender", "CreateTime", "StrContent");
    private static final Set<String> CHATLOG = Set.of("Time", "SenderName", "Sender", "TalkerName", "Talker", "Content");
    /** 留痕's Type for system notices (10000) and recalls (10002). */
    private static final Set<String> SYSTEM_TYPE_NUMBERS = Set.of("10000", "10002");
    private static final Pattern SYSTEM_TYPE_NAME = Pattern.compile("系统通知|撤回|拍一拍|邀请加群");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]");

    /** True when the first line is the header of one of the layouts. */
    static boolean matches(Path file) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Set<String> header = header(lines.readLine());
            return header.containsAll(PYWXDUMP) && (header.contains("msg") || header.contains("content"))
                    || header.containsAll(WECHATMSG) || header.containsAll(CHATLOG);
        } catch (IOException | RuntimeException notWeChat) {
            return false;
        }
    }

    private static Set<String> header(String line) {
        Set<String> names = new HashSet<>();
        if (line != null) {
            for (String name : line.replace("\uFEFF", "").split(",")) {
                names.add(name.strip());
            }
        }
        return names;
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Set<String> announced = new HashSet<>();
        QuotedReplies quotes = new QuotedReplies();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(ChatLogReader.skipBom(reader), format)) {
            boolean wechatMsg = csv.getHeaderMap().containsKey("StrContent");
            boolean chatlog = csv.getHeaderMap().containsKey("TalkerName");
            for (CSVRecord row : csv) {
                Row read = wechatMsg ? wechatMsg(row) : chatlog ? chatlog(row) : pyWxDump(row);
                String where = "row " + (row.getRecordNumber() + 1);
                Timestamp sent = time(read.time, file);
                if (sent == null) {
                    sink.problem(where, "time \"" + read.time + "\" is not a WeChat export's time: skipped");
                    continue;
                }
                String chat = read.chat == null || read.chat.isBlank() ? file.name() : read.chat;
                String key = "wechat:" + chat;
                if (announced.add(key)) {
                    sink.conversation(new NewConversation(key, "wechat", chat, chat, null, file.receivedPath(),
                            sent.zone(), sent.zoneAssumed()));
                }
                List<NewAttachment> attachments = read.src == null || read.src.isBlank() ? List.of()
                        : List.of(new NewAttachment(read.src.substring(read.src.replace('\\', '/').lastIndexOf('/') + 1),
                                file.sibling(read.src), false, null));
                String text = read.system ? TAGS.matcher(read.text).replaceAll("").strip() : read.text;
                String locator = read.id == null ? where : read.id;
                sink.message(NewItem.message(read.system ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE,
                        locator, read.system ? null : read.author, sent, text,
                        new Metadata().put("wechat:type", read.type).values(), new MessageDetails(key,
                                read.system ? null : read.author, read.system ? null : quotes.quotedBy(text, locator), null, attachments)));
            }
        }
    }

    private record Row(String id, String type, boolean system, String author, String chat, String text, String src, String time) {
    }

    private static Row pyWxDump(CSVRecord row) {
        String text = get(row, "msg");
        String src = get(row, "src");
        String content = get(row, "content");
        if (text == null && content != null) {
            try {
                JsonNode json = JSON.readTree(content);
                text = json.path("msg").asText("");
                src = json.path("src").asText("");
            } catch (IOException notJson) {
                text = content;
            }
        }
        if (src != null && src.startsWith("http")) {
            src = null; // a sticker's address on Tencent's servers: nothing in the export
        }
        String type = get(row, "type_name");
        return new Row(get(row, "MsgSvrID"), type, type != null && SYSTEM_TYPE_NAME.matcher(type).find(),
                get(row, "talker"), get(row, "room_name"), text == null ? "" : text, src, get(row, "CreateTime"));
    }

    private static Row wechatMsg(CSVRecord row) {
        String type = get(row, "Type");
        String name = get(row, "NickName");
        if ("1".equals(get(row, "IsSender")) || name == null || name.isBlank()) {
            name = "1".equals(get(row, "IsSender")) ? "我" : get(row, "Sender");
        }
        String time = get(row, "CreateTime");
        return new Row(get(row, "localId"), type, SYSTEM_TYPE_NUMBERS.contains(type), name, get(row, "Remark"),
                get(row, "StrContent") == null ? "" : get(row, "StrContent"), null,
                time != null && time.matches("\\d{9,10}") ? time : get(row, "StrTime"));
    }

    /** sjzar/chatlog's CSV: names beside wxids, no message id, no type; a row without a sender is the system's. */
    private static Row chatlog(CSVRecord row) {
        String sender = get(row, "Sender");
        String name = get(row, "SenderName");
        String talker = get(row, "TalkerName");
        return new Row(null, null, sender == null || sender.isBlank(), name == null || name.isBlank() ? sender : name,
                talker == null || talker.isBlank() ? get(row, "Talker") : talker, get(row, "Content") == null ? "" : get(row, "Content"),
                null, get(row, "Time"));
    }

    /** Epoch seconds and ISO with Z are exact; the tools' local "2024-10-04 11:42:07" is read in the case's zone. */
    private static Timestamp time(String text, ChatFile file) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String time = text.strip();
        try {
            if (time.matches("\\d{9,10}")) {
                return new Timestamp(Instant.ofEpochSecond(Long.parseLong(time)), file.caseZone(), false);
            }
            if (time.endsWith("Z") || time.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return new Timestamp(OffsetDateTime.parse(time).toInstant(), file.caseZone(), false);
            }
            LocalDateTime local = time.contains("/") ? LocalDateTime.parse(time, SPREADSHEET_TIME)
                    : LocalDateTime.parse(time.replace(' ', 'T'));
            return new Timestamp(local.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
    }
}
