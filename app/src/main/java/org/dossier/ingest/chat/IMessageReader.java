package org.dossier.ingest.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * An iMessage or SMS conversation as imessage-exporter writes text ({@code +15558675309.txt}):
 * a date line ("May 17, 2022  5:29:42 PM", perhaps with a read receipt), the sender ("Me" or the
 * contact), the message's lines, "Reactions:" with indented lines, a blank line. Replies in a
 * thread are the same blocks indented by four spaces under the message they answer. An
 * announcement ("… You renamed the conversation to …") has its words on the date line.
 */
final class IMessageReader implements ChatReader {
    private static final Pattern DATE_LINE = Pattern.compile(
            "^([A-Z][a-z]{2} \\d{1,2}, \\d{4} +\\d{1,2}:\\d{2}:\\d{2} [AP]M)(?: \\((?:Read|Delivered) [^)]*\\))?(?: (.+))?$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.ENGLISH);
    private static final String REPLY_INDENT = "    ";
    private static final String DELETED = "This message was deleted from the conversation!";
    private static final String RESPONDED = "This message responded to an earlier message.";

    static boolean looksLikeExport(FileHead head) {
        List<String> lines = head.lines();
        return !lines.isEmpty() && DATE_LINE.matcher(lines.get(0)).matches();
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        String key = "imessage:" + file.receivedPath();
        sink.conversation(new NewConversation(key, "imessage", null, file.name().replaceFirst("(?i)\\.txt$", ""), null,
                file.receivedPath(), file.caseZone(), true));
        Block message = null;
        Block reply = null;
        try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                boolean indented = line.startsWith(REPLY_INDENT);
                Matcher date = DATE_LINE.matcher(indented ? line.substring(REPLY_INDENT.length()) : line.replace("\uFEFF", ""));
                if (date.matches()) {
                    if (indented) {
                        send(reply, key, file, sink);
                        reply = new Block("line " + number, parse(date.group(1)), date.group(2), message == null ? null : message.body.locator);
                    } else {
                        send(reply, key, file, sink);
                        send(message, key, file, sink);
                        reply = null;
                        message = new Block("line " + number, parse(date.group(1)), date.group(2), null);
                    }
                } else if (reply != null && (indented || line.isBlank())) {
                    reply.line(line.isBlank() ? line : line.substring(REPLY_INDENT.length()));
                } else if (message != null) {
                    message.line(line);
                } else if (!line.isBlank()) {
                    sink.problem("line " + number, "text before the first date line: skipped");
                }
            }
        }
        send(reply, key, file, sink);
        send(message, key, file, sink);
    }

    private static LocalDateTime parse(String written) {
        return LocalDateTime.parse(written.replaceAll(" +", " "), TIME);
    }

    /** "Jul 17, 2022 5:04:04 PM" in the case's zone (the export has none), or null. */
    static Timestamp time(String written, ChatFile file) {
        try {
            return new Timestamp(parse(written).atZone(file.caseZone()).toInstant(), file.caseZone(), true);
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }

    private static void send(Block block, String key, ChatFile file, ChatSink sink) {
        if (block == null) {
            return;
        }
        Timestamp sent = new Timestamp(block.time.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
        if (block.announcement != null) {
            sink.message(NewItem.message(ItemKind.SYSTEM_EVENT, block.body.locator, null, sent, block.announcement,
                    java.util.Map.of(), new MessageDetails(key, null, null, null, List.of())));
            return;
        }
        sink.message(NewItem.message(ItemKind.MESSAGE, block.body.locator, block.sender, sent, block.body.text(),
                new Metadata().put("imessage:reactions", block.reactions).put("imessage:deleted", block.deleted ? "true" : null)
                        .put("imessage:responded_to_an_earlier_message", block.responded ? "true" : null).values(),
                new MessageDetails(key, block.sender, block.answers, null, List.of())));
    }

    /** One message: its sender on the line after the date, then its words, then its reactions. */
    private static final class Block {
        private final TextBlock body;
        private final LocalDateTime time;
        private final String announcement;
        private final String answers;
        private final List<String> reactions = new ArrayList<>();
        private String sender;
        private boolean inReactions;
        private boolean deleted;
        private boolean responded;

        Block(String locator, LocalDateTime time, String announcement, String answers) {
            this.body = new TextBlock(locator);
            this.time = time;
            this.announcement = announcement;
            this.answers = answers;
        }

        void line(String line) {
            if (announcement != null) {
                return;
            }
            if (sender == null) {
                sender = line.strip();
            } else if (line.equals(DELETED)) {
                deleted = true;
            } else if (line.equals(RESPONDED)) {
                responded = true;
            } else if (line.equals("Reactions:") || line.equals("Tapbacks:")) {
                inReactions = true;
            } else if (inReactions && line.startsWith(" ")) {
                reactions.add(line.strip());
            } else {
                inReactions = false;
                body.add(line);
            }
        }
    }
}
