package org.dossier.ingest.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A Signal chat as signal-export writes it ({@code chat.md} in a folder named after the chat):
 * {@code [2024-03-20 14:05:09] Name: words}, each message followed by a blank line, attachments as
 * Markdown links, reactions as {@code (- Name: 👍 -)}. Older versions wrote {@code [2019-12-24, 12:23]}.
 * Deleted messages and calls are system events. Times are local, without a zone.
 */
final class SignalReader implements ChatReader {
    private static final Pattern START = Pattern.compile("^\\[(\\d{4}-\\d{2}-\\d{2}),? (\\d{2}:\\d{2}(?::\\d{2})?)] (.+?): ?(.*)$");
    /** signal-export's first line format; WhatsApp in brackets (iOS) always writes seconds. */
    private static final Pattern OLDEST_START = Pattern.compile("^\\[\\d{4}-\\d{2}-\\d{2}, \\d{2}:\\d{2}] .+?: .*");
    private static final Pattern REACTIONS = Pattern.compile("^\\(- (.*) -\\)$");
    private static final Pattern ATTACHMENT = Pattern.compile("^!?\\[([^\\]]*)]\\((?!https?:)([^)]+)\\)\\s*$");
    private static final Pattern CALL = Pattern.compile("^(?:Incoming|Outgoing|Missed) (?:voice |video )?call\\b.*");
    private static final String DELETED = "(This message was deleted)";

    /**
     * True when the file starts like signal-export: a bracketed year-first time line followed by
     * the blank line it puts after every message (WhatsApp, in year-first locales, writes none),
     * or in its oldest form. signal-export starts with a message, so anything else is turned away
     * at the first line.
     */
    static boolean looksLikeExport(FileHead head) {
        List<String> lines = head.lines();
        if (lines.isEmpty() || !START.matcher(lines.get(0)).matches()) {
            return false;
        }
        if (OLDEST_START.matcher(lines.get(0)).matches()) {
            return true;
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                return true;
            }
            if (START.matcher(line).matches()) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        String path = file.receivedPath();
        int slash = path.lastIndexOf('/');
        String folder = slash > 0 ? path.substring(path.lastIndexOf('/', slash - 1) + 1, slash) : file.name();
        String key = "signal:" + path;
        sink.conversation(new NewConversation(key, "signal", null, folder, null, path, file.caseZone(), true));
        try (BufferedReader lines = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            Message message = null;
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                Matcher start = START.matcher(line);
                if (start.matches()) {
                    send(message, key, file, sink);
                    String time = start.group(2).length() == 5 ? start.group(2) + ":00" : start.group(2);
                    message = new Message("line " + number, LocalDateTime.parse(start.group(1) + "T" + time), start.group(3));
                    message.line(start.group(4), file);
                } else if (message != null) {
                    message.line(line, file);
                } else if (!line.isBlank()) {
                    sink.problem("line " + number, "text before the first message: skipped");
                }
            }
            send(message, key, file, sink);
        }
    }

    private static void send(Message message, String key, ChatFile file, ChatSink sink) {
        if (message == null) {
            return;
        }
        String text = message.body.text();
        boolean system = text.equals(DELETED) || CALL.matcher(text).matches();
        Timestamp sent = new Timestamp(message.time.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
        sink.message(NewItem.message(system ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, message.body.locator, message.author, sent,
                text.equals(DELETED) ? message.author + " deleted a message" : text,
                new Metadata().put("signal:reactions", message.reactions).values(),
                new MessageDetails(key, message.author, null, null, message.attachments)));
    }

    /** A message being read; signal-export ends each line with two spaces, which are not the sender's. */
    private static final class Message {
        private final TextBlock body;
        private final LocalDateTime time;
        private final String author;
        private final List<String> reactions = new ArrayList<>();
        private final List<NewAttachment> attachments = new ArrayList<>();

        Message(String locator, LocalDateTime time, String author) {
            this.body = new TextBlock(locator);
            this.time = time;
            this.author = author;
        }

        void line(String line, ChatFile file) {
            String content = line.endsWith("  ") ? line.substring(0, line.length() - 2) : line;
            Matcher reactions = REACTIONS.matcher(content);
            Matcher attachment = ATTACHMENT.matcher(content);
            if (reactions.matches()) {
                this.reactions.addAll(List.of(reactions.group(1).split(", ")));
            } else if (attachment.matches()) {
                String target = attachment.group(2).replaceFirst("^\\./", "");
                attachments.add(new NewAttachment(attachment.group(1).isEmpty() ? target : attachment.group(1),
                        file.sibling(target), false, null));
            } else {
                body.add(content);
            }
        }
    }
}
