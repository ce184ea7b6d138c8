package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * Lark / Feishu messages as the Open Platform gives them and archiving tools keep them (see
 * {@link LarkPages}). The API names senders only by id, so a first pass learns the names the file
 * does give (mentions, names an archiver added) and the second reads the messages. Times are
 * exact instants in milliseconds, shown in the case's zone. System messages, recalled messages and
 * apps' posts are system events; the messages of a merged-forward bundle keep their own authors
 * and times and point at the bundle they were forwarded in.
 */
final class LarkReader implements ChatReader {
    private static final String RECALLED = "recalled a message";

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Map<String, String> names = LarkPages.namesIn(file.file());
        Map<String, String> header = new HashMap<>();
        Set<String> announced = new HashSet<>();
        LarkPages.walk(file.file(), header, node -> {
            LarkMessage message = parse(node, sink);
            if (message != null) {
                if (message.senderName() != null && message.senderId() != null) {
                    names.putIfAbsent(message.senderId(), message.senderName());
                }
                String key = "lark:" + (message.chatId() != null ? message.chatId() : file.receivedPath());
                if (announced.add(key)) {
                    sink.conversation(conversation(key, message, header, file));
                }
                sink.message(item(message, key, names, file));
            }
            return true;
        });
    }

    /** The message in a node, or null; a message without a readable time is reported. */
    private static LarkMessage parse(JsonNode node, ChatSink sink) {
        try {
            return LarkMessage.of(node);
        } catch (IllegalArgumentException unreadable) {
            sink.problem("message " + node.path("message_id").asText(node.path("event").path("message").path("message_id").asText("?")),
                    unreadable.getMessage() + ": skipped");
            return null;
        }
    }

    private static NewConversation conversation(String key, LarkMessage first, Map<String, String> header, ChatFile file) {
        boolean headerIsThisChat = first.chatId() == null || first.chatId().equals(header.getOrDefault("chat_id", first.chatId()));
        String name = headerIsThisChat && header.containsKey("name") ? header.get("name")
                : first.chatId() != null ? "Lark " + (first.chatType() == null ? "chat" : first.chatType()) + " " + first.chatId()
                : file.name();
        return new NewConversation(key, "lark", first.chatId(), name, first.chatType(), file.receivedPath(), file.caseZone(),
                first.createTime().indexOf('-') >= 0);
    }

    private static NewItem item(LarkMessage message, String key, Map<String, String> names, ChatFile file) {
        String author = message.senderId() == null ? null : names.getOrDefault(message.senderId(), message.senderId());
        LarkContent content = LarkContent.of(message);
        boolean system = "system".equals(message.type()) || message.deleted() || "app".equals(message.senderType());
        String text = message.deleted() ? (author == null ? "" : author + " ") + RECALLED : content.text();
        Timestamp sent = created(message.createTime(), file);
        String answers = message.forwardedIn() != null ? message.forwardedIn()
                : message.parentId() != null ? message.parentId()
                : message.rootId() != null && !message.rootId().equals(message.id()) ? message.rootId() : null;
        Metadata metadata = new Metadata() // the common case, a user's text, is not written out a million times
                .put("lark:msg_type", "text".equals(message.type()) ? null : message.type())
                .put("lark:sender_type", "user".equals(message.senderType()) ? null : message.senderType())
                .put("lark:forwarded_in", message.forwardedIn())
                .put("lark:thread", message.rootId());
        return NewItem.message(system ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, message.id(), author, sent, text,
                metadata.values(), new MessageDetails(key, message.senderId(), answers,
                        message.updatedMillis() == null ? null : at(message.updatedMillis(), file), content.attachments()));
    }

    private static Timestamp at(long millis, ChatFile file) {
        return new Timestamp(Instant.ofEpochMilli(millis), file.caseZone(), false);
    }

    /** Milliseconds (seconds in some archives) are exact; lark-cli's local minute is read in the case's zone. */
    private static Timestamp created(String written, ChatFile file) {
        if (written.indexOf('-') < 0) {
            long number = Long.parseLong(written);
            return at(number > 100_000_000_000L ? number : number * 1000, file);
        }
        LocalDateTime local = LocalDateTime.parse(written.replace(' ', 'T'));
        return new Timestamp(local.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
    }
}
