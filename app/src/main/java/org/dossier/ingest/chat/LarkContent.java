package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.NewAttachment;

/**
 * The words and files of a Lark message, from its {@code content}: a JSON string whose shape
 * depends on {@code msg_type}. Mentions come back as the names they stood for, a rich-text post
 * as its title and paragraphs with each link's address beside its words, a system message as its
 * template filled in. Pictures and files are named by the keys the export gives, never included.
 */
record LarkContent(String text, List<NewAttachment> attachments) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AT_TAG = Pattern.compile("<at [^>]*>(.*?)</at>");
    private static final Pattern MENTION_KEY = Pattern.compile("@_(?:user_\\d+|all)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String NOT_INCLUDED = "not in the export: Lark keeps it on its servers";

    static LarkContent of(LarkMessage message) {
        JsonNode content;
        try {
            content = JSON.readTree(message.content());
        } catch (JsonProcessingException notJson) {
            content = null;
        }
        if (content == null || !content.isObject()) {
            return new LarkContent(message.content(), List.of());
        }
        return switch (message.type()) {
            case "text" -> new LarkContent(mentions(content.path("text").asText(""), message.mentionNames()), List.of());
            case "post" -> new LarkContent(post(content, message.mentionNames()), List.of());
            case "image" -> file("picture", content.path("image_key").asText("image"));
            case "file", "audio", "media", "sticker" -> file(message.type(),
                    content.path("file_name").asText(content.path("file_key").asText(message.type())));
            case "system" -> new LarkContent(template(content), List.of());
            case "share_chat" -> new LarkContent("[shared a group: " + content.path("chat_id").asText() + "]", List.of());
            case "share_user" -> new LarkContent("[shared a contact: " + content.path("user_id").asText() + "]", List.of());
            case "location" -> new LarkContent("[location: " + content.path("name").asText("") + " "
                    + content.path("latitude").asText("") + ", " + content.path("longitude").asText("") + "]", List.of());
            default -> new LarkContent(String.join("\n", strings(content, new ArrayList<>())), List.of());
        };
    }

    private static LarkContent file(String kind, String name) {
        return new LarkContent("", List.of(new NewAttachment(name, null, true, kind + " " + NOT_INCLUDED)));
    }

    /** {@code @_user_1} in API items, {@code <at user_id="…">Name</at>} in events: both become {@code @Name}. */
    static String mentions(String text, Map<String, String> names) {
        String tagged = text.contains("<at") ? AT_TAG.matcher(text).replaceAll(match -> Matcher.quoteReplacement("@" + match.group(1))) : text;
        if (!tagged.contains("@_")) {
            return tagged;
        }
        StringBuilder out = new StringBuilder(tagged.length() + 16);
        Matcher key = MENTION_KEY.matcher(tagged);
        int from = 0;
        while (key.find()) { // appended, not replaced: a replacement string is parsed for groups, once a message
            String found = key.group();
            out.append(tagged, from, key.start()).append('@').append(found.equals("@_all") ? "all" : names.getOrDefault(found, found.substring(1)));
            from = key.end();
        }
        return out.append(tagged, from, tagged.length()).toString();
    }

    /** A post is {title, content: paragraphs of pieces}, received bare or under a language ({@code zh_cn}). */
    private static String post(JsonNode content, Map<String, String> names) {
        JsonNode post = content.has("content") ? content : content.elements().hasNext() ? content.elements().next() : content;
        StringBuilder out = new StringBuilder(post.path("title").asText(""));
        for (JsonNode paragraph : post.path("content")) {
            if (out.length() > 0) {
                out.append('\n');
            }
            for (JsonNode piece : paragraph) {
                out.append(piece(piece, names));
            }
        }
        return out.toString();
    }

    private static String piece(JsonNode piece, Map<String, String> names) {
        String text = piece.path("text").asText("");
        return switch (piece.path("tag").asText("")) {
            case "a" -> {
                String href = piece.path("href").asText("");
                yield text.isEmpty() || text.equals(href) ? href : text + " (" + href + ")";
            }
            case "at" -> "@" + piece.path("user_name").asText(names.getOrDefault(piece.path("user_id").asText(), piece.path("user_id").asText()));
            case "img" -> "[picture " + piece.path("image_key").asText() + "]";
            case "media" -> "[video " + piece.path("file_key").asText() + "]";
            case "emotion" -> "[" + piece.path("emoji_type").asText() + "]";
            case "hr" -> "\n———\n";
            default -> mentions(text, names);
        };
    }

    /** A system message's template ("{from_user} invited {to_chatters}") with its lists of names put in. */
    private static String template(JsonNode content) {
        return PLACEHOLDER.matcher(content.path("template").asText("")).replaceAll(match -> {
            JsonNode value = content.path(match.group(1));
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(v -> values.add(v.asText()));
            } else if (!value.isMissingNode()) {
                values.add(value.asText());
            }
            return Matcher.quoteReplacement(String.join(", ", values));
        });
    }

    /** The words of a message card or any other shape: every text, title and content string in it, in order. */
    private static List<String> strings(JsonNode node, List<String> out) {
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual() && List.of("text", "title", "content").contains(field.getKey()) && !value.asText().isBlank()) {
                out.add(value.asText());
            } else if (value.isContainerNode()) {
                strings(value, out);
            }
        });
        if (node.isArray()) {
            node.forEach(element -> strings(element, out));
        }
        return out;
    }
}
