package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The outline of a JSON file, read without loading it: its top-level keys, the keys of the
 * first element of its {@code messages} array (or of the file, when it is an array, or of a
 * {@code data} page's {@code items}) and of its {@code chats} object. Enough to tell a Telegram
 * export from a Discord one from any other JSON. Reading stops at the first message or at the
 * chats' {@code list}: what follows is the bulk of an export, and tokenising it would cost a
 * second pass over a file that may hold a million messages.
 */
record JsonShape(Set<String> keys, Set<String> firstMessageKeys, Set<String> chatsKeys) {
    private static final JsonFactory FACTORY = new JsonFactory();

    static JsonShape of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException unreadable) {
            return of(InputStream.nullInputStream());
        }
    }

    static JsonShape of(InputStream in) {
        JsonShape shape = new JsonShape(new HashSet<>(), new HashSet<>(), new HashSet<>());
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken start = parser.nextToken();
            if (start == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.START_OBJECT) {
                keysOf(parser, shape.firstMessageKeys, null);
            } else if (start == JsonToken.START_OBJECT) {
                shape.readTop(parser);
            }
        } catch (IOException | RuntimeException damaged) {
            // What was read before the damage still describes the file.
        }
        return shape;
    }

    private void readTop(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            keys.add(key);
            JsonToken value = parser.nextToken();
            if ("messages".equals(key) && value == JsonToken.START_ARRAY) {
                firstMessage(parser);
                return;
            } else if ("chats".equals(key) && value == JsonToken.START_OBJECT) {
                keysOf(parser, chatsKeys, "list");
                return;
            } else if ("data".equals(key) && value == JsonToken.START_OBJECT && page(parser)) {
                return;
            }
            parser.skipChildren();
        }
    }

    /** A page of an API ({@code {"data": {"items": [...]}}}): true once its first item's keys are read. */
    private boolean page(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && ("items".equals(key) || "messages".equals(key))) {
                firstMessage(parser);
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private void firstMessage(JsonParser parser) throws IOException {
        if (parser.nextToken() == JsonToken.START_OBJECT) {
            keysOf(parser, firstMessageKeys, null);
        }
    }

    /** Reads the keys of the object the parser has just entered, skipping their values, up to {@code last} if given. */
    private static void keysOf(JsonParser parser, Set<String> into, String last) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            into.add(parser.currentName());
            if (parser.currentName().equals(last)) {
                return;
            }
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
