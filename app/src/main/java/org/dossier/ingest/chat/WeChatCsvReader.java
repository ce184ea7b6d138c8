package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * WeChat chats as the common export tools write them to CSV, told apart by their header rows:
 * PyWxDump ({@code type_name,is_sender,talker,room_name,msg,src,CreateTime}; before 2024
 * {@code content} held {"src","msg"} as JSON), WeFlow's WeClone layout (the same without
 * {@code room_name}, times in ISO UTC), 留痕 / WeChatMsg
 * ({@code localId,TalkerId,Type,SubType,IsSender,CreateTime,…,StrContent,StrTime,Remark,NickName})
 * and sjzar/chatlog ({@code Time,SenderName,Sender,TalkerName,Talker,Content}).
 * System notices and recalls (撤回) are system events; a reply is linked to the message it quotes;
 * PyWxDump's senders are named from the {@code users.json} it writes beside its pages.
 */
final class WeChatCsvReader implements ChatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PYWXDUMP = Set.of("type_name", "is_sender", "talker", "CreateTime");
    private static final Set<String> WECHATMSG = Set.of("localId", "Type", "IsSender", "CreateTime", "StrContent");
    private static final Set<String> CHATLOG = Set.of("Time", "SenderName", "Sender", "TalkerName", "Talker", "Content");
    /** 留痕's Type for system notices (10000) and recalls (10002). */
    private static final Set<String> SYSTEM_TYPE_NUMBERS = Set.of("10000", "10002");

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
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(ChatLogReader.skipBom(reader), format)) {
            boolean wechatMsg = csv.getHeaderMap().containsKey("StrContent");
            boolean chatlog = csv.getHeaderMap().containsKey("TalkerName");
            WeChatRows rows = new WeChatRows(file, sink, wechatMsg || chatlog ? Map.of() : PyWxDumpReader.namesBeside(file));
            for (CSVRecord row : csv) {
                rows.add(wechatMsg ? wechatMsg(row) : chatlog ? chatlog(row) : pyWxDump(row), "row " + (row.getRecordNumber() + 1));
            }
        }
    }

    private static WeChatRow pyWxDump(CSVRecord row) {
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
        return WeChatRow.pyWxDump(column -> get(row, column), text, src);
    }

    private static WeChatRow wechatMsg(CSVRecord row) {
        String type = get(row, "Type");
        String name = get(row, "NickName");
        if ("1".equals(get(row, "IsSender")) || name == null || name.isBlank()) {
            name = "1".equals(get(row, "IsSender")) ? "我" : get(row, "Sender");
        }
        String time = get(row, "CreateTime");
        return new WeChatRow(get(row, "localId"), type, SYSTEM_TYPE_NUMBERS.contains(type), name, get(row, "Remark"),
                get(row, "StrContent") == null ? "" : get(row, "StrContent"), null,
                time != null && time.matches("\\d{9,10}") ? time : get(row, "StrTime"));
    }

    /** sjzar/chatlog's CSV: names beside wxids, no message id, no type; a row without a sender is the system's. */
    private static WeChatRow chatlog(CSVRecord row) {
        String sender = get(row, "Sender");
        String name = get(row, "SenderName");
        String talker = get(row, "TalkerName");
        return new WeChatRow(null, null, sender == null || sender.isBlank(), name == null || name.isBlank() ? sender : name,
                talker == null || talker.isBlank() ? get(row, "Talker") : talker, get(row, "Content") == null ? "" : get(row, "Content"),
                null, get(row, "Time"));
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
    }
}
