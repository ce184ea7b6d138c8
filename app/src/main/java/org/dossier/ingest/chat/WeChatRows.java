package org.dossier.ingest.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * Turns a WeChat export tool's rows into a file's conversations and messages: one conversation per
 * chat, system notices and recalls as system events, files of the export attached, replies linked
 * to what they quote, senders named from the names the export gives beside their wxids.
 */
final class WeChatRows {
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]");

    private final ChatFile file;
    private final ChatSink sink;
    private final Map<String, String> names;
    private final Set<String> announced = new HashSet<>();
    private final QuotedReplies quotes = new QuotedReplies();

    /** @param names each wxid's name as the export gives it; a wxid without one is shown as itself */
    WeChatRows(ChatFile file, ChatSink sink, Map<String, String> names) {
        this.file = file;
        this.sink = sink;
        this.names = names;
    }

    void add(WeChatRow row, String where) {
        Timestamp sent = time(row.time());
        if (sent == null) {
            sink.problem(where, "time \"" + row.time() + "\" is not a WeChat export's time: skipped");
            return;
        }
        String chat = row.chat() == null || row.chat().isBlank() ? file.name() : row.chat();
        String key = "wechat:" + chat;
        if (announced.add(key)) {
            sink.conversation(new NewConversation(key, "wechat", chat, names.getOrDefault(chat, chat), null, file.receivedPath(),
                    sent.zone(), sent.zoneAssumed()));
        }
        List<NewAttachment> attachments = row.src() == null || row.src().isBlank() ? List.of()
                : List.of(new NewAttachment(row.src().substring(row.src().replace('\\', '/').lastIndexOf('/') + 1),
                        file.sibling(row.src()), false, null));
        String text = row.system() ? TAGS.matcher(row.text()).replaceAll("").strip() : row.text();
        String locator = row.id() == null ? where : row.id();
        String authorId = row.system() ? null : row.authorId();
        sink.message(NewItem.message(row.system() ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, locator,
                authorId == null ? null : names.getOrDefault(authorId, authorId), sent, text,
                new Metadata().put("wechat:type", row.type()).values(), new MessageDetails(key, authorId,
                        row.system() ? null : quotes.quotedBy(text, locator), null, attachments)));
    }

    /** Epoch seconds and ISO with Z are exact; the tools' local "2024-10-04 11:42:07" is read in the case's zone. */
    private Timestamp time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String time = text.strip();
        try {
            if (time.matches("\\d{9,10}")) {
                return new Timestamp(Instant.ofEpochSecond(Long.parseLong(time)), file.caseZone(), false);
            }
            if (time.endsWith("Z") || time.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return new Timestamp(OffsetDateTime.parse(time).toInstant(), file.caseZone(), false);
            }
            LocalDateTime local = time.contains("/") ? LocalDateTime.parse(time, SPREADSHEET_TIME)
                    : LocalDateTime.parse(time.replace(' ', 'T'));
            return new Timestamp(local.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
