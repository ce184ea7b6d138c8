package org.dossier.ingest.chat;

import org.dossier.model.DateOrder;
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
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A WhatsApp "Export chat" text file. The file carries no time zone (times are the phone's local
 * time: the case's zone is assumed and recorded) and no date order: unless the reporter says
 * which, the order is read from the dates themselves (a first number above 12 can only be a day),
 * in a first pass over the file. Lines that do not start a message continue the one before; lines
 * of unreadable characters are reported by number instead.
 */
final class WhatsAppReader implements ChatReader {
    private static final int SNIFF_LINES = 30;
    private static final Pattern FILE_ATTACHED = Pattern.compile("^(?<name>\\S.*?) \\((?:file attached|archivo adjunto|fichier joint|Datei angehängt)\\)$");
    private static final Pattern IOS_ATTACHED = Pattern.compile("^<(?:attached|adjunto|Anhang|pièce jointe): (?<name>[^>]+)>$");
    private static final Pattern OMITTED = Pattern.compile(
            "^(?:<[^<>]{3,40}>|(?:image|video|audio|sticker|GIF|document|Contact card) omitted|<附件：[^>]+>)$");
    private static final Pattern CHAT_NAME = Pattern.compile("^WhatsApp Chat (?:with|-|mit|con|avec) (?<name>.+?)(?:\\.txt)?$");

    private final DateOrder override;

    WhatsAppReader(DateOrder override) {
        this.override = override;
    }

    /** True when one of the first lines of the file is a WhatsApp message line. */
    static boolean looksLikeExport(FileHead head) {
        return head.lines().stream().limit(SNIFF_LINES).anyMatch(line -> WhatsAppLine.parse(line) != null);
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        DateOrder order = override != null ? override : decideOrder(file, sink);
        String key = "whatsapp:" + file.receivedPath();
        sink.conversation(new NewConversation(key, "whatsapp", null, chatName(file.name()), null,
                file.receivedPath(), file.caseZone(), true));
        Pending pending = null;
        int number = 0;
        try (BufferedReader lines = lenientLines(file.file())) {
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                WhatsAppLine start = WhatsAppLine.parse(line);
                LocalDateTime time = start == null ? null : start.localTime(order);
                if (start != null && time == null) {
                    sink.problem("line " + number, "no such date in " + order + " order: \"" + shorten(line) + "\"");
                } else if (start != null && !isPastedOlderLine(pending, time)) {
                    flush(pending, file, key, sink);
                    pending = new Pending(number, time, start.rest());
                } else if (start == null && isGarbage(line)) {
                    sink.problem("line " + number, "unreadable characters, not part of any message: skipped");
                } else if (pending != null) {
                    pending.text.append('\n').append(line); // a continuation, or a pasted older line
                } else if (!line.isBlank()) {
                    sink.problem("line " + number, "before the first message, not a message: \"" + shorten(line) + "\"");
                }
            }
        }
        flush(pending, file, key, sink);
    }

    /**
     * Exports run forward in time; a line dated more than a day before the message being read is
     * an old chat line pasted into it, not a new message.
     */
    private static boolean isPastedOlderLine(Pending pending, LocalDateTime time) {
        return pending != null && time.isBefore(pending.time.minusDays(1));
    }

    /** A message whose lines are still being read. */
    private static final class Pending {
        final int line;
        final LocalDateTime time;
        final StringBuilder text;

        Pending(int line, LocalDateTime time, String rest) {
            this.line = line;
            this.time = time;
            this.text = new StringBuilder(rest);
        }
    }

    private static void flush(Pending pending, ChatFile file, String key, ChatSink sink) {
        if (pending == null) {
            return;
        }
        String rest = pending.text.toString();
        Timestamp sent = new Timestamp(pending.time.atZone(file.caseZone()).toInstant(), file.caseZone(), true);
        int colon = rest.indexOf(": ");
        String author = colon > 0 ? stripMarks(rest.substring(0, colon)) : null;
        if (author != null && (author.contains("\"") || author.contains("\n"))) {
            author = null; // a notice quoting someone's words, not an author
        }
        String body = author == null ? rest : rest.substring(colon + 2);
        String text = stripMarks(body);
        List<NewAttachment> attachments = attachments(text, file);
        // iOS writes notices ("Messages and calls are end-to-end encrypted…") under the chat's name,
        // marked, like attachments, with a leading U+200E.
        boolean notice = author == null || body.startsWith("\u200E") && attachments.isEmpty();
        sink.message(NewItem.message(notice ? ItemKind.SYSTEM_EVENT : ItemKind.MESSAGE, "line " + pending.line, author,
                sent, text, Map.of(), new MessageDetails(key, author, null, null, attachments)));
    }

    private static List<NewAttachment> attachments(String text, ChatFile file) {
        String firstLine = text.lines().findFirst().orElse("").strip();
        List<NewAttachment> attachments = new ArrayList<>();
        Matcher attached = FILE_ATTACHED.matcher(firstLine);
        if (!attached.matches()) {
            attached = IOS_ATTACHED.matcher(firstLine);
        }
        if (attached.matches()) {
            String name = attached.group("name").strip();
            attachments.add(new NewAttachment(name, file.sibling(name), false, null));
        } else if (OMITTED.matcher(firstLine).matches()) {
            attachments.add(new NewAttachment("media", null, true, firstLine));
        }
        return attachments;
    }

    /**
     * A first number above 12 can only be a day, a second one only a day too; a four-digit first
     * number is a year. When no date says (every number 12 or below), the order that keeps the
     * export running forward in time wins: exports are chronological.
     */
    private static DateOrder decideOrder(ChatFile file, ChatSink sink) throws IOException {
        DateOrder found = null;
        OrderVote dayFirst = new OrderVote(DateOrder.DMY);
        OrderVote monthFirst = new OrderVote(DateOrder.MDY);
        try (BufferedReader lines = lenientLines(file.file())) {
            for (String line; (line = lines.readLine()) != null; ) {
                WhatsAppLine start = WhatsAppLine.parse(line);
                if (start == null) {
                    continue;
                }
                DateOrder evidence = start.evidence();
                if (evidence != null && found != null && found != evidence) {
                    sink.problem("dates", "the file mixes day-first and month-first dates; read as " + found);
                    return found;
                }
                found = evidence != null ? evidence : found;
                dayFirst.count(start);
                monthFirst.count(start);
            }
        }
        if (found != null) {
            return found;
        }
        OrderVote winner = monthFirst.backwardSteps < dayFirst.backwardSteps ? monthFirst : dayFirst;
        sink.problem("dates", "no date shows whether days or months come first; read as " + winner.order
                + " because that keeps the messages in order (" + dayFirst.backwardSteps + " steps back in time as DMY, "
                + monthFirst.backwardSteps + " as MDY); import again with --date-order if that is wrong");
        return winner.order;
    }

    /** How often the export would step back in time if read in one order. */
    private static final class OrderVote {
        final DateOrder order;
        LocalDateTime previous;
        int backwardSteps;

        OrderVote(DateOrder order) {
            this.order = order;
        }

        void count(WhatsAppLine line) {
            LocalDateTime time = line.localTime(order);
            if (time == null) {
                backwardSteps++; // no such date in this order counts against it
                return;
            }
            if (previous != null && time.isBefore(previous)) {
                backwardSteps++;
            }
            previous = time;
        }
    }

    /** "WhatsApp Chat with Marcus Hale.txt" is the chat with Marcus Hale; other names are kept. */
    static String chatName(String fileName) {
        Matcher matcher = CHAT_NAME.matcher(fileName);
        if (matcher.matches()) {
            return matcher.group("name");
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * The file's lines as UTF-8, with bytes that are not UTF-8 turned into U+FFFD instead of
     * stopping the reading: a damaged stretch becomes lines the garbage check can report.
     */
    private static BufferedReader lenientLines(java.nio.file.Path file) throws IOException {
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }

    /** A line of replacement characters or control codes is damage, not a message's words. */
    private static boolean isGarbage(String line) {
        long bad = line.chars().filter(c -> c == '\uFFFD' || (c < 0x20 && c != '\t')).count();
        return bad > 0 && bad * 4 >= line.length();
    }

    private static String stripMarks(String text) {
        return text.replaceAll("^[\\u200E\\u200F\\s]+|[\\u200E\\u200F\\s]+$", "");
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
