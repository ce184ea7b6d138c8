package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * WeChat chats as PyWxDump writes them besides CSV: its JSON export (pages
 * {@code <wxid>_0_N.json}, each an array of messages, with {@code users.json} beside them) and its
 * HTML export, a viewer page that loads {@code data.js}: {@code const local_user_list = {…}} and
 * {@code const local_msg_list = […]}, one line each (api/export/exportJSON.py and exportHtml.py).
 * A message is the same object as a row of its CSV; senders are named from the user list.
 */
final class PyWxDumpReader implements ChatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the HTML export's data.js begins with, and the lines it holds the chat in. */
    private static final String DATA_JS_START = "localStorage.setItem('isUseLocalData'";
    private static final String USERS = "const local_user_list = ";
    private static final String MESSAGES = "const local_msg_list = ";
    static final Set<String> MESSAGE_KEYS = Set.of("MsgSvrID", "type_name", "is_sender", "talker", "msg", "CreateTime");

    static boolean isDataJs(FileHead head) {
        return head.text().startsWith(DATA_JS_START) && head.containsAll("const local_msg_count");
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            Map<String, String> names;
            if (isDataJs(FileHead.of(file.file()))) {
                names = names(usersLine(reader));
                if (!MESSAGES.equals(readChars(reader, MESSAGES.length()))) {
                    throw new IOException("no message list (\"" + MESSAGES.strip() + "\") after the user list");
                }
            } else {
                names = namesBeside(file);
            }
            messages(reader, new WeChatRows(file, sink, names));
        }
    }

    /**
     * The names in the {@code users.json} PyWxDump writes beside a chat's JSON or CSV pages. A file
     * read from inside an archive has no siblings here, and its senders stay wxids.
     */
    static Map<String, String> namesBeside(ChatFile file) throws IOException {
        Path users = file.file().resolveSibling("users.json");
        return Files.isRegularFile(users) ? names(JSON.readTree(users.toFile())) : Map.of();
    }

    /** Reads up to the user list's line; the next line is the message list's. */
    private static JsonNode usersLine(BufferedReader reader) throws IOException {
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith(USERS)) {
                return JSON.readTree(line.substring(USERS.length()));
            }
        }
        throw new IOException("no user list (\"" + USERS.strip() + "\") in data.js");
    }

    private static String readChars(Reader reader, int count) throws IOException {
        char[] chars = new char[count];
        int read = 0;
        for (int n; read < count && (n = reader.read(chars, read, count - read)) > 0; ) {
            read += n;
        }
        return new String(chars, 0, read);
    }

    /** A remark the owner gave beats the nickname the person chose; a wxid with neither stays itself. */
    private static Map<String, String> names(JsonNode users) {
        Map<String, String> names = new HashMap<>();
        users.fields().forEachRemaining(user -> {
            String remark = user.getValue().path("remark").asText("");
            String nickname = user.getValue().path("nickname").asText("");
            String name = !remark.isBlank() ? remark : nickname;
            if (!name.isBlank()) {
                names.put(user.getKey(), name);
            }
        });
        return names;
    }

    private static void messages(Reader reader, WeChatRows rows) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("the messages are not a JSON array");
            }
            int number = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode message = JSON.readTree(parser);
                JsonNode src = message.path("src");
                rows.add(WeChatRow.pyWxDump(field -> message.hasNonNull(field) ? message.get(field).asText() : null,
                        message.path("msg").asText(""), src.isTextual() ? src.asText() : null), "message " + ++number);
            }
        }
    }
}
