package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
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
 * {@link LarkPages}). The API names senders only by id; the file may name them elsewhere (in
 * mentions, or where an archiver added them), and an id keeps the first name the file gives it,
 * wherever that is. So a message waits, in file order, until its sender has been named; when a
 * sender is still unnamed {@value #WAITING_LIMIT} messages on, the rest of the file is read once
 * for names, and at the end of the file a sender never named is shown by id. Times are exact
 * instants in milliseconds, shown in the case's zone. System messages, recalled messages and apps'
 * posts are system events; the messages of a merged-forward bundle keep their own authors and
 * times and point at the bundle they were forwarded in.
 */
final class LarkReader implements ChatReader {
    static final int WAITING_LIMIT = 10_000;
    private static final String RECALLED = "recalled a message";

    private final int waitingLimit;

    LarkReader() {
        this(WAITING_LIMIT);
    }

    /** @param waitingLimit how many messages may wait for a sender's name before the file is read for names */
    LarkReader(int waitingLimit) {
        this.waitingLimit = waitingLimit;
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Waiting waiting = new Waiting(file, sink);
        Map<String, String> header = new HashMap<>();
        Set<String> announced = new HashSet<>();
        try {
            LarkPages.walk(file.file(), header, node -> {
                LarkMessage message = parse(node, sink);
                if (message != null) {
                    String key = "lark:" + (message.chatId() != null ? message.chatId() : file.receivedPath());
                    waiting.add(message, key, announced.add(key) ? conversation(key, message, header, file) : null);
                }
                return true;
            });
        } catch (UncheckedIOException namesUnreadable) {
            throw namesUnreadable.getCause();
        } finally {
            waiting.flush(); // the messages read before any damage are the file's, and the names found so far theirs
        }
    }

    /** Messages held, in file order, until their senders are named. */
    private final class Waiting {
        private final ChatFile file;
        private final ChatSink sink;
        private final Map<String, String> names = new HashMap<>();
        private final ArrayDeque<Held> held = new ArrayDeque<>();
        private boolean allNamed;

        private record Held(LarkMessage message, String key, NewConversation conversation) {
        }

        Waiting(ChatFile file, ChatSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void add(LarkMessage message, String key, NewConversation conversation) {
            if (message.senderName() != null && message.senderId() != null) {
                names.putIfAbsent(message.senderId(), message.senderName());
            }
            message.namedIds().forEach(names::putIfAbsent);
            held.add(new Held(message, key, conversation));
            if (held.size() > waitingLimit && !allNamed) {
                readAllNames();
            }
            while (!held.isEmpty() && (allNamed || named(held.peek().message()))) {
                send(held.poll());
            }
        }

        private void readAllNames() {
            try {
                LarkPages.namesIn(file.file()).forEach(names::putIfAbsent);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            allNamed = true;
        }

        private boolean named(LarkMessage message) {
            return message.senderId() == null || names.containsKey(message.senderId());
        }

        void flush() {
            while (!held.isEmpty()) {
                send(held.poll());
            }
        }

        private void send(Held next) {
            if (next.conversation() != null) {
                sink.conversation(next.conversation());
            }
            sink.message(item(next.message(), next.key(), names, file));
        }
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
