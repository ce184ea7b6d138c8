package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Lark / Feishu message, in any of the shapes it is kept in: an item of the message API
 * ({@code msg_type}, {@code body.content}, {@code sender.id}), the message of a receive event as a
 * bot archives it ({@code message_type}, {@code content}, {@code sender.sender_id.open_id}), or as
 * Lark's own command line ({@code lark-cli}) writes it: {@code content} already as text, the
 * sender's {@code name} added, {@code create_time} as local "2006-01-02 15:04", {@code reply_to}.
 */
record LarkMessage(String id, String type, String createTime, Long updatedMillis, boolean deleted,
                   String chatId, String chatType, String senderId, String senderType, String senderName,
                   String content, String parentId, String rootId, String forwardedIn,
                   Map<String, String> mentionNames, Map<String, String> namedIds) {
    private static final Pattern CREATE_TIME = Pattern.compile("\\d{1,15}|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern MILLISECONDS = Pattern.compile("\\d{1,15}");

    /** An API item, an event ({@code event.message} beside {@code event.sender}), or null when it is neither. */
    static LarkMessage of(JsonNode node) {
        JsonNode event = node.path("event");
        if (event.has("message")) {
            return fromParts(event.get("message"), event.path("sender"));
        }
        return node.has("message_id") ? fromParts(node, node.path("sender")) : null;
    }

    private static LarkMessage fromParts(JsonNode message, JsonNode sender) {
        String created = message.path("create_time").asText("");
        if (!CREATE_TIME.matcher(created).matches()) {
            throw new IllegalArgumentException("no create_time, in milliseconds or as a local time");
        }
        Map<String, String> byKey = new HashMap<>();
        message.path("mentions").forEach(mention -> {
            String name = mention.path("name").asText("");
            if (!name.isEmpty()) {
                byKey.put(mention.path("key").asText(""), name);
            }
        });
        Map<String, String> namedIds = new HashMap<>();
        names(message.path("mentions"), namedIds);
        JsonNode senderId = sender.has("sender_id") ? sender.get("sender_id") : sender.path("id");
        String updated = message.path("update_time").asText("");
        return new LarkMessage(message.path("message_id").asText(), text(message, "msg_type", "message_type"),
                created, message.path("updated").asBoolean() && MILLISECONDS.matcher(updated).matches() ? Long.valueOf(updated) : null,
                message.path("deleted").asBoolean(), blankToNull(message.path("chat_id").asText("")),
                blankToNull(message.path("chat_type").asText("")), blankToNull(id(senderId)),
                blankToNull(sender.path("sender_type").asText("")), senderName(message, sender),
                message.has("body") ? message.path("body").path("content").asText("") : message.path("content").asText(""),
                blankToNull(message.path("parent_id").asText(message.path("reply_to").asText(""))),
                blankToNull(message.path("root_id").asText(message.path("thread_id").asText(""))),
                blankToNull(message.path("upper_message_id").asText("")), byKey, namedIds);
    }

    /** Where archivers put the sender's name the API leaves out. */
    static final List<String> NAME_FIELDS = List.of("name", "sender_name", "user_name");

    /** Adds the names a {@code mentions} list gives ids; an id keeps the first name the file gives it. */
    static void names(JsonNode mentions, Map<String, String> names) {
        mentions.forEach(mention -> {
            String name = mention.path("name").asText("");
            if (!name.isEmpty()) {
                names.putIfAbsent(id(mention.path("id")), name);
            }
        });
    }

    /** Archiving tools add the sender's name the API leaves out, under one of a few names. */
    private static String senderName(JsonNode message, JsonNode sender) {
        for (JsonNode node : new JsonNode[] {sender, message}) {
            for (String field : NAME_FIELDS) {
                String name = node.path(field).asText("");
                if (!name.isBlank()) {
                    return name;
                }
            }
        }
        return null;
    }

    /** An id is a string in API items and an object of id kinds in events; open_id is the one both share. */
    private static String id(JsonNode id) {
        return id.isObject() ? id.path("open_id").asText(id.path("user_id").asText("")) : id.asText("");
    }

    private static String text(JsonNode node, String field, String otherField) {
        return node.path(field).asText(node.path(otherField).asText(""));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
