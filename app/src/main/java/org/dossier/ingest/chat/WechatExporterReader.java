package org.dossier.ingest.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A WeChat chat as WechatExporter (iPhone backups) writes text, line by line from its templates
 * ({@code res/templates_txt}): a title line "name - 微信聊天记录", then {@code name (2023-11-20
 * 09:01:10):words} for each message, its further lines under it, and system messages as
 * "System Message: …" (the template's words are not translated) or as the notice alone.
 */
final class WechatExporterReader implements ChatReader {
    private static final Pattern TITLE = Pattern.compile("^(.+) - (?:微信聊天记录|WeChat Chat History)$");
    private static final Pattern MESSAGE = Pattern.compile("^(.+?) \\((\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})\\):(.*)$");
    private static final Pattern SYSTEM = Pattern.compile("^(?:System Message:|系统消息[:：]) ?(.*)$");

    static boolean looksLikeExport(FileHead head) {
        List<String> lines = head.lines();
        return !lines.isEmpty() && TITLE.matcher(lines.get(0)).matches()
                && lines.stream().skip(1).anyMatch(line -> MESSAGE.matcher(line).matches());
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        String key = "wechat:" + file.receivedPath();
        QuotedReplies quotes = new QuotedReplies();
        try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            Matcher title = TITLE.matcher(String.valueOf(lines.readLine()).replace("\uFEFF", ""));
            sink.conversation(new NewConversation(key, "wechat", null, title.matches() ? title.group(1) : file.name(), null,
                    file.receivedPath(), file.caseZone(), true));
            TextBlock body = null;
            List<TextBlock> undated = new ArrayList<>();
            String author = null;
            Timestamp sent = null;
            int number = 1;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                Matcher message = MESSAGE.matcher(line);
                Matcher system = SYSTEM.matcher(line);
                if (message.matches() || system.matches()) {
                    if (sent == null && author == null && body != null) {
                        undated.add(body); // a system message before any time: it takes the first one
                    } else {
                        send(body, author, sent, key, sink, quotes);
                    }
                    body = new TextBlock("line " + number);
                    author = message.matches() ? message.group(1) : null;
                    sent = message.matches() ? at(message, file) : sent;
                    body.add(message.matches() ? message.group(4) : system.group(1));
                    if (sent != null) {
                        for (TextBlock early : undated) {
                            send(early, null, sent, key, sink, quotes);
                        }
                        undated.clear();
                    }
                } else if (body != null) {
                    body.add(line);
                } else if (!line.isBlank()) {
                    sink.problem("line " + number, "text before the first message: skipped");
                }
            }
            send(body, author, sent, key, sink, quotes);
        }
    }

    private static Timestamp at(Matcher message, ChatFile file) {
        LocalDateTime local = LocalDateTime.parse(message.group(2) + "T" + message.group(3));
        return new Timestamp(local.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
    }

    /** A system message has no time of its own: it takes the time of the message before it (after it, at the top). */
    private static void send(TextBlock body, String author, Timestamp sent, String key, ChatSink sink, QuotedReplies quotes) {
        if (body == null) {
            return;
        }
        if (sent == null) {
            sink.problem(body.locator, "a system message and no dated message in the file: skipped");
            return;
        }
        String text = body.text();
        sink.message(NewItem.message(author == null ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, body.locator, author, sent, text,
                author == null ? Map.of("wechat:time", List.of("of the message before it")) : Map.of(), new MessageDetails(key, author, author == null ? null : quotes.quotedBy(text, body.locator), null, List.of())));
    }
}
