package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A channel exported by DiscordChatExporter as JSON: {@code guild}, {@code channel}, then
 * {@code messages}, read as a stream. Timestamps carry their offset. Messages of type Default and
 * Reply are what people wrote; joins, pins, calls, renames and bots' posts are system events.
 */
final class DiscordReader implements ChatReader {
    private static final Set<String> AUTHORED = Set.of("Default", "Reply");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        JsonNode guild = null;
        JsonNode channel = null;
        String key = null;
        try (JsonParser parser = JSON.getFactory().createParser(file.file().toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a DiscordChatExporter file: expected an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("guild".equals(field)) {
                    guild = JSON.readTree(parser);
                } else if ("channel".equals(field)) {
                    channel = JSON.readTree(parser);
                } else if ("messages".equals(field) && value == JsonToken.START_ARRAY) {
                    key = announce(file, guild, channel, sink);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        message(JSON.readTree(parser), key, file, sink);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static String announce(ChatFile file, JsonNode guild, JsonNode channel, ChatSink sink) {
        String id = channel == null ? null : channel.path("id").asText(null);
        String name = channel == null ? file.name() : channel.path("name").asText(file.name());
        String category = channel == null ? null : channel.path("category").asText(null);
        String guildName = guild == null ? null : guild.path("name").asText(null);
        String key = id != null ? "discord:" + id : "discord:" + file.receivedPath();
        String title = (guildName == null ? "" : guildName + " / ") + (category == null ? "" : category + " / ") + name;
        sink.conversation(new NewConversation(key, "discord", id, title,
                channel == null ? null : channel.path("type").asText(null), file.receivedPath(),
                java.time.ZoneOffset.UTC, false));
        return key;
    }

    private static void message(JsonNode message, String key, ChatFile file, ChatSink sink) {
        String id = message.path("id").asText(null);
        Timestamp sent = time(message.path("timestamp").asText(null));
        if (id == null || sent == null) {
            sink.problem("message " + (id == null ? "without id" : id), "no id or no readable timestamp: skipped");
            return;
        }
        JsonNode author = message.path("author");
        String name = author.path("nickname").asText("");
        if (name.isBlank()) {
            name = author.path("name").asText(null);
        }
        boolean authored = AUTHORED.contains(message.path("type").asText("Default")) && !author.path("isBot").asBoolean();
        String reply = message.path("reference").path("messageId").asText(null);
        Metadata metadata = new Metadata()
                .put("discord:type", message.path("type").asText(null))
                .put("discord:pinned", message.path("isPinned").asBoolean() ? "true" : null)
                .put("discord:reactions", reactions(message));
        sink.message(NewItem.message(authored ? ItemKind.MESSAGE : ItemKind.SYSTEM_EVENT, id, name, sent,
                message.path("content").asText(""), metadata.values(),
                new MessageDetails(key, author.path("id").asText(null), reply, time(message.path("timestampEdited").asText(null)),
                        attachments(message, file))));
    }

    /** A URL stays a note (the file is not in the export); a relative path is a file beside the JSON. */
    private static List<NewAttachment> attachments(JsonNode message, ChatFile file) {
        List<NewAttachment> attachments = new ArrayList<>();
        message.path("attachments").forEach(attachment -> {
            String name = attachment.path("fileName").asText("attachment");
            String url = attachment.path("url").asText("");
            boolean remote = url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
            attachments.add(remote
                    ? new NewAttachment(name, null, true, url.isEmpty() ? "no file in the export" : "not in the export; it was at " + url)
                    : new NewAttachment(name, file.sibling(url), false, null));
        });
        return attachments;
    }

    private static List<String> reactions(JsonNode message) {
        List<String> reactions = new ArrayList<>();
        message.path("reactions").forEach(r -> reactions.add(r.path("emoji").path("name").asText() + " ×" + r.path("count").asInt()));
        return reactions;
    }

    private static Timestamp time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Timestamp.of(OffsetDateTime.parse(value).toZonedDateTime());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
