package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The containers Lark messages are archived in, walked as a stream: a page of the message API
 * ({@code {"data": {"items": [...]}}}), its bare {@code items}, an array of items or of receive
 * events, one event, JSON Lines of either, or lark-cli's {@code {"ok": true, "data": {"messages":
 * [...]}}}. The chat's name and id are picked up when the
 * container carries them beside the messages.
 */
final class LarkPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LarkPages() {
    }

    /** True when the file's first message-like object is a Lark message; reads no further. */
    static boolean holdMessages(Path file) {
        boolean[] found = {false};
        try {
            walk(file, new HashMap<>(), node -> {
                found[0] = LarkMessage.of(node) != null;
                return false;
            });
        } catch (IOException | RuntimeException notLark) {
            return found[0];
        }
        return found[0];
    }

    /**
     * Hands each message-like object to {@code each} until it returns false.
     *
     * @param header filled with the container's {@code name} and {@code chat_id} when it has them
     */
    static void walk(Path file, Map<String, String> header, Predicate<JsonNode> each) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            boolean more = true;
            while (more && first != null) {
                more = switch (first) {
                    case START_ARRAY -> array(parser, each);
                    case START_OBJECT -> object(parser, header, each, 0);
                    default -> throw new IOException("not Lark messages: " + first + " at " + parser.currentLocation());
                };
                first = parser.nextToken(); // JSON Lines: the next line's object
            }
        }
    }

    private static boolean array(JsonParser parser, Predicate<JsonNode> each) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            if (!each.test(JSON.readTree(parser))) {
                return false;
            }
        }
        if (token != JsonToken.END_ARRAY) {
            parser.skipChildren();
        }
        return true;
    }

    /** An object is a container ({@code data}, {@code items}), one event, or one message of a JSON Lines file. */
    private static boolean object(JsonParser parser, Map<String, String> header, Predicate<JsonNode> each, int depth) throws IOException {
        ObjectNode rest = JSON.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (("items".equals(field) || "messages".equals(field)) && value == JsonToken.START_ARRAY) {
                if (!array(parser, each)) {
                    return false;
                }
            } else if ("data".equals(field) && value == JsonToken.START_OBJECT && depth == 0) {
                if (!object(parser, header, each, depth + 1)) {
                    return false;
                }
            } else {
                JsonNode node = JSON.readTree(parser);
                rest.set(field, node);
                if (node.isTextual() && ("name".equals(field) || "chat_name".equals(field) || "chat_id".equals(field))) {
                    header.putIfAbsent(field.equals("chat_id") ? "chat_id" : "name", node.asText());
                }
            }
        }
        return rest.has("event") || rest.has("message_id") ? each.test(rest) : true;
    }

    /**
     * The names the file gives to ids, from every {@code mentions} list and every {@code sender}
     * that carries a name, the first for each id, found by scanning tokens: a pass of its own, kept cheap.
     */
    static Map<String, String> namesIn(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String field = parser.currentName();
                if ("mentions".equals(field) && parser.nextToken() == JsonToken.START_ARRAY) {
                    LarkMessage.names(JSON.readTree(parser), names);
                } else if ("sender".equals(field) && parser.nextToken() == JsonToken.START_OBJECT) {
                    sender(parser, names);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException damaged) {
            // the names before the damage are still the file's; the second pass reports it
        }
        return names;
    }

    /** A sender's id and the name an archiver gave it, read field by field: one per message, so kept cheap. */
    private static void sender(JsonParser parser, Map<String, String> names) throws IOException {
        String id = null;
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING && "id".equals(field)) {
                id = parser.getText();
            } else if (value == JsonToken.VALUE_STRING && LarkMessage.NAME_FIELDS.contains(field) && !parser.getText().isBlank()) {
                name = parser.getText();
            } else if (value == JsonToken.START_OBJECT && "sender_id".equals(field)) {
                JsonNode ids = JSON.readTree(parser);
                id = ids.path("open_id").asText("");
            } else {
                parser.skipChildren();
            }
        }
        if (id != null && !id.isEmpty() && name != null) {
            names.putIfAbsent(id, name);
        }
    }
}
