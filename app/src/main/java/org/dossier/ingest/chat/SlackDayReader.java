package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * One day of one Slack conversation. A message's {@code ts} is its id and its time (seconds since
 * 1970, UTC); it is shown in its author's zone when users.json gives one. Bots, joins, topic changes
 * and the like are system events; thread replies point at their thread by {@code thread_ts}.
 */
final class SlackDayReader implements ChatReader {
    /** Subtypes written by a person; every other subtype is something that happened, not something said. */
    private static final Set<String> AUTHORED = Set.of("file_share", "file_comment", "thread_broadcast", "me_message");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackExport export;
    private final SlackExport.Conversation conversation;
    private final String key;

    SlackDayReader(SlackExport export, SlackExport.Conversation conversation) {
        this.export = export;
        this.conversation = conversation;
        this.key = "slack:" + conversation.id();
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        sink.conversation(new NewConversation(key, "slack", conversation.id(), conversation.name(), conversation.kind(),
                export.rootPath(), ZoneOffset.UTC, false));
        JsonNode day;
        try (InputStream in = Files.newInputStream(file.file())) {
            day = JSON.readTree(in);
        }
        if (day == null || !day.isArray()) {
            throw new IOException("not a Slack day file: expected a list of messages");
        }
        int index = 0;
        for (JsonNode message : day) {
            index++;
            String ts = message.path("ts").asText(null);
            if (ts == null) {
                sink.problem("message " + index, "no timestamp (ts): skipped");
                continue;
            }
            sink.message(toItem(message, ts));
        }
    }

    private NewItem toItem(JsonNode message, String ts) {
        String subtype = message.path("subtype").asText(null);
        String authorId = firstText(message, "user", null);
        if (authorId == null && "file_comment".equals(subtype)) {
            authorId = message.path("comment").path("user").asText(null);
        }
        SlackExport.User author = export.user(authorId);
        boolean bot = message.hasNonNull("bot_id") || (author != null && author.bot());
        boolean authored = (subtype == null || AUTHORED.contains(subtype)) && !bot;
        String name = author != null ? author.name()
                : firstText(message.path("user_profile"), "real_name", firstText(message, "username", authorId));
        Instant instant = instant(ts);
        ZoneId zone = author != null && author.zone() != null ? author.zone() : ZoneOffset.UTC;
        String threadTs = message.path("thread_ts").asText(null);
        String edited = message.path("edited").path("ts").asText(null);

        MessageDetails details = new MessageDetails(key, authorId != null ? authorId : message.path("bot_id").asText(null),
                threadTs != null && !threadTs.equals(ts) ? threadTs : null,
                edited == null ? null : new Timestamp(instant(edited), zone, false),
                attachments(message));
        return NewItem.message(authored ? ItemKind.MESSAGE : ItemKind.SYSTEM_EVENT, ts, name,
                new Timestamp(instant, zone, false), text(message), metadata(message, subtype), details);
    }

    private String text(JsonNode message) {
        String text = message.path("text").asText("");
        if (text.isBlank()) {
            // Bot posts often carry their words only in their attachments' fallback text.
            List<String> fallbacks = new ArrayList<>();
            message.path("attachments").forEach(a -> {
                if (a.hasNonNull("fallback")) {
                    fallbacks.add(a.get("fallback").asText());
                }
            });
            text = String.join("\n", fallbacks);
        }
        return SlackText.decode(text, id -> {
            SlackExport.User user = export.user(id);
            return user == null ? id : user.name();
        }, export::conversationName);
    }

    private static List<NewAttachment> attachments(JsonNode message) {
        List<NewAttachment> files = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        message.path("files").forEach(nodes::add);
        if (message.hasNonNull("file")) {
            nodes.add(message.get("file"));
        }
        for (JsonNode file : nodes) {
            String name = firstText(file, "name", firstText(file, "title", "file"));
            String url = firstText(file, "url_private", firstText(file, "permalink", null));
            files.add(new NewAttachment(name, null, true,
                    "not included in Slack exports" + (url == null ? "" : "; it was at " + url)));
        }
        return files;
    }

    private static java.util.Map<String, List<String>> metadata(JsonNode message, String subtype) {
        Metadata metadata = new Metadata().put("slack:subtype", subtype);
        List<String> reactions = new ArrayList<>();
        message.path("reactions").forEach(r -> reactions.add(r.path("name").asText() + " ×" + r.path("count").asInt()
                + " " + r.path("users").toString()));
        metadata.put("slack:reactions", reactions);
        if (message.path("pinned_to").isArray()) {
            metadata.put("slack:pinned", "true");
        }
        return metadata.values();
    }

    /** "1692003731.000200" → the instant, to the microsecond. */
    private static Instant instant(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    private static String firstText(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
    }
}
