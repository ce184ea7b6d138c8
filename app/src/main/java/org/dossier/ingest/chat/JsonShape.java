package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The outline of a JSON file, read without loading it: its top-level keys, the keys of the
 * first element of its {@code messages} array (or of the file, when it is an array) and of its
 * {@code chats} object. Enough to tell a Telegram export from a Discord one
 * from any other JSON.
 */
record JsonShape(Set<String> keys, Set<String> firstMessageKeys, Set<String> chatsKeys) {
    private static final JsonFactory FACTORY = new JsonFactory();

    static JsonShape of(Path file) {
        Set<String> keys = new HashSet<>();
        Set<String> messageKeys = new HashSet<>();
        Set<String> chatsKeys = new HashSet<>();
        try (JsonParser parser = FACTORY.createParser(file.toFile())) {
            JsonToken start = parser.nextToken();
            if (start == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.START_OBJECT) {
                firstKeys(parser, messageKeys);
            }
            if (start != JsonToken.START_OBJECT) {
                return new JsonShape(keys, messageKeys, chatsKeys);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                keys.add(key);
                JsonToken value = parser.nextToken();
                if ("messages".equals(key) && value == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.START_OBJECT) {
                    firstKeys(parser, messageKeys);
                } else if ("chats".equals(key) && value == JsonToken.START_OBJECT) {
                    firstKeys(parser, chatsKeys);
                }
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException damaged) {
            // What was read before the damage still describes the file.
        }
        return new JsonShape(keys, messageKeys, chatsKeys);
    }

    /** Reads the keys of the object the parser has just entered, skipping their values. */
    private static void firstKeys(JsonParser parser, Set<String> into) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            into.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
    }

    boolean isDiscord() {
        return keys.containsAll(Set.of("guild", "channel", "messages"));
    }

    /** Messenger or Instagram from "Download your information", in its older and newer field names. */
    boolean isMeta() {
        return keys.contains("messages") && (firstMessageKeys.containsAll(Set.of("sender_name", "timestamp_ms"))
                || firstMessageKeys.containsAll(Set.of("senderName", "timestamp")));
    }

    /** A page of PyWxDump's JSON export: an array of its messages. */
    boolean isPyWxDump() {
        return keys.isEmpty() && firstMessageKeys.containsAll(PyWxDumpReader.MESSAGE_KEYS);
    }

    boolean isTelegram() {
        return chatsKeys.contains("list")
                || keys.contains("messages") && (firstMessageKeys.contains("date_unixtime")
                || firstMessageKeys.contains("date") && firstMessageKeys.contains("type"));
    }
}
