package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A Messenger or Instagram conversation from Meta's "Download your information" JSON
 * ({@code message_1.json}, {@code message_2.json}… each one part, newest message first). The parts
 * of one conversation share its {@code thread_path}, or their folder, and become one conversation.
 * Text is repaired of Meta's Latin-1 escaping ({@link MetaText}). Both the long-standing
 * {@code sender_name}/{@code timestamp_ms} form and the newer {@code senderName}/{@code timestamp}
 * form are read. Joins, departures, calls and unsent messages are system events.
 */
final class MetaReader implements ChatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SYSTEM_TYPES = Set.of("subscribe", "unsubscribe", "call");
    private static final List<String> MEDIA = List.of("photos", "videos", "audio_files", "files", "gifs", "media");

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        JsonNode header = header(file);
        String key = "meta:" + (header.hasNonNull("thread_path") ? header.get("thread_path").asText()
                : file.receivedPath().substring(0, Math.max(0, file.receivedPath().lastIndexOf('/'))));
        String platform = file.receivedPath().toLowerCase(Locale.ROOT).contains("instagram") ? "instagram" : "messenger";
        sink.conversation(new NewConversation(key, platform, header.path("thread_path").asText(null), title(header, file),
                header.path("thread_type").asText(header.path("joinable_mode").isMissingNode() ? null : "group"),
                file.receivedPath(), file.caseZone(), false));
        try (JsonParser parser = JSON.getFactory().createParser(file.file().toFile())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken value = parser.nextToken();
                if ("messages".equals(parser.currentName()) && value == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        message(JSON.readTree(parser), ++index, key, file, sink);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** Everything but the messages: the title and participants may come after them. */
    private static JsonNode header(ChatFile file) throws IOException {
        var header = JSON.createObjectNode();
        try (JsonParser parser = JSON.getFactory().createParser(file.file().toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a Meta export: expected an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && "messages".equals(field)) {
                    parser.skipChildren();
                } else {
                    header.set(field, JSON.readTree(parser));
                }
            }
        }
        return header;
    }

    private static String title(JsonNode header, ChatFile file) {
        String title = MetaText.repair(header.path("title").asText(header.path("threadName").asText("")));
        if (!title.isBlank()) {
            return title;
        }
        List<String> names = new ArrayList<>();
        header.path("participants").forEach(p -> names.add(MetaText.repair(p.isTextual() ? p.asText() : p.path("name").asText())));
        return names.isEmpty() ? file.name() : String.join(", ", names);
    }

    private static void message(JsonNode message, int index, String key, ChatFile file, ChatSink sink) {
        String locator = file.name() + "#" + index;
        long millis = message.path("timestamp_ms").asLong(message.path("timestamp").asLong(-1));
        if (millis < 0) {
            sink.problem("message " + locator, "no timestamp_ms: skipped");
            return;
        }
        String author = MetaText.repair(message.path("sender_name").asText(message.path("senderName").asText(null)));
        String type = message.path("type").asText("").toLowerCase(Locale.ROOT);
        boolean unsent = message.path("is_unsent").asBoolean(message.path("isUnsent").asBoolean());
        String text = MetaText.repair(message.path("content").asText(message.path("text").asText("")));
        if (unsent) {
            text = author + " unsent a message";
        } else if (message.has("share")) {
            text = (text + "\n" + message.path("share").path("link").asText("")).strip();
        } else if (message.has("call_duration") && text.isEmpty()) {
            text = "call (" + message.get("call_duration").asInt() + " s)";
        }
        boolean system = unsent || SYSTEM_TYPES.contains(type);
        Metadata metadata = new Metadata()
                .put("meta:type", message.path("type").asText(null))
                .put("meta:reactions", reactions(message));
        sink.message(NewItem.message(system ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, locator, author,
                new Timestamp(Instant.ofEpochMilli(millis), file.caseZone(), false), text, metadata.values(),
                new MessageDetails(key, author, null, null, attachments(message, file))));
    }

    private static List<String> reactions(JsonNode message) {
        List<String> reactions = new ArrayList<>();
        message.path("reactions").forEach(r -> reactions.add(MetaText.repair(r.path("reaction").asText())
                + " " + MetaText.repair(r.path("actor").asText())));
        return reactions;
    }

    /** Media are named by their path from the export's root ("messages/inbox/…/photos/1.jpg"). */
    private static List<NewAttachment> attachments(JsonNode message, ChatFile file) {
        List<NewAttachment> attachments = new ArrayList<>();
        for (String field : MEDIA) {
            message.path(field).forEach(media -> attach(media.path("uri").asText(""), file, attachments));
        }
        attach(message.path("sticker").path("uri").asText(""), file, attachments);
        return attachments;
    }

    private static void attach(String uri, ChatFile file, List<NewAttachment> attachments) {
        if (uri.isEmpty()) {
            return;
        }
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            attachments.add(new NewAttachment(name, null, true, "not in the export; it was at " + uri));
            return;
        }
        String folder = file.receivedPath().substring(0, file.receivedPath().lastIndexOf('/') + 1);
        for (int start = 0; start < folder.length(); start = folder.indexOf('/', start) + 1) {
            if (uri.startsWith(folder.substring(start))) { // the export's root is the part of the folder before the uri
                attachments.add(new NewAttachment(name, folder.substring(0, start) + uri, false, null));
                return;
            }
        }
        attachments.add(new NewAttachment(name, file.sibling(uri), false, null));
    }
}
