package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A Telegram Desktop export ({@code result.json}): one chat, or a whole account's chats under
 * {@code chats.list}. Read as a stream, one message at a time. {@code date} is the exporting
 * computer's local time without a zone; {@code date_unixtime} is the true instant, and the
 * difference between the two is the zone the export was written in.
 */
final class TelegramReader implements ChatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final String NOT_INCLUDED = "(File ";

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        try (JsonParser parser = FACTORY.createParser(file.file().toFile())) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, parser);
            readChat(parser, file, sink, "");
        }
    }

    /** The fields of a chat object, or of the whole export, up to its closing brace. */
    private void readChat(JsonParser parser, ChatFile file, ChatSink sink, String position) throws IOException {
        Chat chat = new Chat(file, position);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name", "type", "id" -> chat.header(field, value.isScalarValue() ? parser.getValueAsString() : null);
                case "messages" -> {
                    expect(value, JsonToken.START_ARRAY, parser);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        chat.message(JSON.readTree(parser), sink);
                    }
                }
                case "chats", "left_chats" -> readChatList(parser, file, sink, field);
                default -> parser.skipChildren();
            }
        }
    }

    private void readChatList(JsonParser parser, ChatFile file, ChatSink sink, String field) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = parser.nextToken();
            if ("list".equals(parser.currentName()) && value == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    readChat(parser, file, sink, field + "[" + index++ + "]");
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser parser) throws IOException {
        if (actual != expected) {
            throw new IOException("not a Telegram export: expected " + expected + " at " + parser.currentLocation());
        }
    }

    /** One chat of the export; announced to the sink with its first message, when its zone is known. */
    private static final class Chat {
        private final ChatFile file;
        private final String position;
        private String name;
        private String type;
        private String id;
        private String key;
        private int count;

        Chat(ChatFile file, String position) {
            this.file = file;
            this.position = position;
        }

        void header(String field, String value) {
            switch (field) {
                case "name" -> name = value;
                case "type" -> type = value;
                default -> id = value;
            }
        }

        void message(JsonNode message, ChatSink sink) {
            Timestamp sent = sentAt(message);
            if (key == null) {
                key = id != null ? "telegram:" + id : "telegram:" + file.receivedPath() + position;
                sink.conversation(new NewConversation(key, "telegram", id,
                        name != null ? name : (id == null ? file.name() : "Telegram chat " + id),
                        type, file.receivedPath(), sent == null ? file.caseZone() : sent.zone(),
                        sent == null || sent.zoneAssumed()));
            }
            count++;
            String locator = message.hasNonNull("id") ? message.get("id").asText() : "#" + count;
            if (sent == null) {
                sink.problem("message " + locator, "no date: skipped");
                return;
            }
            boolean service = "service".equals(message.path("type").asText());
            String authorId = text(message, service ? "actor_id" : "from_id");
            String author = message.has(service ? "actor" : "from")
                    ? text(message, service ? "actor" : "from") : null;
            if (author == null && authorId != null) {
                author = "Deleted Account";
            }
            String body = flatten(message.path("text"));
            if (service && body.isBlank()) {
                body = describeService(message, author);
            }
            MessageDetails details = new MessageDetails(key, authorId, text(message, "reply_to_message_id"),
                    edited(message, sent.zone()), attachments(message));
            Metadata metadata = new Metadata()
                    .put("telegram:forwarded_from", text(message, "forwarded_from"))
                    .put("telegram:via_bot", text(message, "via_bot"))
                    .put("telegram:media_type", text(message, "media_type"))
                    .put("telegram:reactions", reactions(message));
            sink.message(NewItem.message(service ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, locator, author, sent, body,
                    metadata.values(), details));
        }

        private Timestamp sentAt(JsonNode message) {
            return time(message.path("date").asText(null), message.path("date_unixtime").asText(null));
        }

        private Timestamp edited(JsonNode message, ZoneId zone) {
            Timestamp edited = time(message.path("edited").asText(null), message.path("edited_unixtime").asText(null));
            return edited == null ? null : new Timestamp(edited.instant(), zone, edited.zoneAssumed());
        }

        /**
         * The instant from unixtime when present, its zone from the local time beside it. Exports
         * written by other tools carry ISO times with an offset or {@code Z}: exact, zone included.
         */
        private Timestamp time(String written, String unixtime) {
            TemporalAccessor parsed = parseIso(written);
            Instant instant = unixtime != null && !unixtime.isBlank() ? Instant.ofEpochSecond(Long.parseLong(unixtime.strip()))
                    : parsed != null && parsed.isSupported(ChronoField.OFFSET_SECONDS) ? Instant.from(parsed) : null;
            if (instant == null) {
                return parsed == null ? null
                        : new Timestamp(LocalDateTime.from(parsed).atZone(file.caseZone()).toInstant(), file.caseZone(), true);
            }
            if (parsed == null) {
                return new Timestamp(instant, ZoneOffset.UTC, false);
            }
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed)
                    : ZoneOffset.ofTotalSeconds((int) Duration.between(instant,
                            LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC)).getSeconds());
            return new Timestamp(instant, offset, false);
        }

        private List<NewAttachment> attachments(JsonNode message) {
            List<NewAttachment> attachments = new ArrayList<>();
            for (String field : List.of("photo", "file")) {
                String value = text(message, field);
                if (value == null) {
                    continue;
                }
                String name = text(message, "file_name");
                if (value.startsWith(NOT_INCLUDED)) {
                    attachments.add(new NewAttachment(name != null ? name : field, null, true, value));
                } else {
                    attachments.add(new NewAttachment(name != null ? name : value.substring(value.lastIndexOf('/') + 1),
                            file.sibling(value), false, null));
                }
            }
            return attachments;
        }
    }

    /** Telegram writes formatted text as a list of plain strings and {type, text} pieces. */
    static String flatten(JsonNode text) {
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder out = new StringBuilder();
        text.forEach(piece -> out.append(piece.isTextual() ? piece.asText() : piece.path("text").asText("")));
        return out.toString();
    }

    private static String describeService(JsonNode message, String actor) {
        StringBuilder out = new StringBuilder(actor == null ? "" : actor + ": ");
        out.append(message.path("action").asText("service message").replace('_', ' '));
        if (message.hasNonNull("title")) {
            out.append(" \"").append(message.get("title").asText()).append('"');
        }
        if (message.path("members").isArray()) {
            List<String> members = new ArrayList<>();
            message.get("members").forEach(m -> members.add(m.asText()));
            out.append(' ').append(String.join(", ", members));
        }
        if (message.hasNonNull("duration_seconds")) {
            out.append(" (").append(message.get("duration_seconds").asInt()).append(" s)");
        }
        return out.toString();
    }

    private static List<String> reactions(JsonNode message) {
        List<String> reactions = new ArrayList<>();
        message.path("reactions").forEach(r -> reactions.add(r.path("emoji").asText(r.path("type").asText())
                + " ×" + r.path("count").asInt()));
        return reactions;
    }

    /** Any ISO-8601 date and time, with or without fractions and an offset; null when it is none. */
    private static TemporalAccessor parseIso(String value) {
        try {
            return value == null || value.isBlank() ? null
                    : DateTimeFormatter.ISO_DATE_TIME.parseBest(value.strip(), OffsetDateTime::from, LocalDateTime::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
