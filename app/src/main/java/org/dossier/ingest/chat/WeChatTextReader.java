package org.dossier.ingest.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A WeChat chat as 留痕 / WeChatMsg and WeFlow write it to text: a line with the local time and
 * the sender (WeFlow quotes the name: {@code 'name'}), the message's lines, a blank line. A system
 * notice has its words on the time line and nothing under it. The file is named after the chat.
 */
final class WeChatTextReader implements ChatReader {
    private static final Pattern TIME_LINE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) (.+)$");

    /** True when the first line is a time line and another follows within the first forty. */
    static boolean looksLikeExport(FileHead head) {
        List<String> lines = head.lines();
        return !lines.isEmpty() && TIME_LINE.matcher(lines.get(0)).matches()
                && lines.stream().skip(1).anyMatch(line -> TIME_LINE.matcher(line).matches());
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        String chat = file.name().replaceFirst("(?i)\\.txt$", "");
        String key = "wechat:" + file.receivedPath();
        sink.conversation(new NewConversation(key, "wechat", null, chat, null, file.receivedPath(), file.caseZone(), true));
        Pending pending = null;
        QuotedReplies quotes = new QuotedReplies();
        try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                Matcher time = TIME_LINE.matcher(number == 1 ? line.replace("\uFEFF", "") : line);
                if (time.matches()) {
                    if (pending != null) {
                        pending.send(key, file, sink, quotes);
                    }
                    pending = new Pending("line " + number, LocalDateTime.parse(time.group(1) + "T" + time.group(2)), time.group(3));
                } else if (pending != null) {
                    pending.body.add(line);
                } else {
                    sink.problem("line " + number, "text before the first time line: skipped");
                }
            }
        }
        if (pending != null) {
            pending.send(key, file, sink, quotes);
        }
    }

    /** A message being read: its time line, then its lines until the next time line. */
    private static final class Pending {
        private final TextBlock body;
        private final LocalDateTime time;
        private final String head;

        Pending(String locator, LocalDateTime time, String head) {
            this.body = new TextBlock(locator);
            this.time = time;
            this.head = head;
        }

        void send(String key, ChatFile file, ChatSink sink, QuotedReplies quotes) {
            Timestamp sent = new Timestamp(time.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
            if (body.isEmpty()) {
                sink.message(NewItem.message(ItemKind.SYSTEM_EVENT, body.locator, null, sent, head, java.util.Map.of(),
                        new MessageDetails(key, null, null, null, List.of())));
                return;
            }
            String author = head.strip().replaceFirst("^'(.*)'$", "$1");
            String text = body.text();
            sink.message(NewItem.message(ItemKind.MESSAGE, body.locator, author, sent, text, java.util.Map.of(),
                    new MessageDetails(key, author, quotes.quotedBy(text, body.locator), null, List.of())));
        }
    }
}
