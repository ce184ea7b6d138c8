package org.dossier.ingest.chat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Facebook's older "Download your information" page of messages ({@code messages.htm}, until
 * 2018): each {@code div.thread} a conversation, its text the participants, each
 * {@code div.message} a header (sender, "Friday, October 4, 2013 at 10:05pm PDT") followed by the
 * message's words in the next {@code p}.
 */
final class MetaHtmlReader implements ChatReader {
    private static final DateTimeFormatter META = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d, yyyy 'at' h:mma").toFormatter(Locale.US);
    /** The abbreviations the page wrote, as the offsets they stand for (it wrote PDT in December too). */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)));

    static boolean looksLikeExport(FileHead head) {
        return head.containsAll("class=\"thread\"", "class=\"message_header\"");
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Document page = Jsoup.parse(file.file().toFile(), "UTF-8");
        int threadNumber = 0;
        for (Element thread : page.select("div.thread")) {
            threadNumber++;
            String key = "messenger-html:" + file.receivedPath() + "#" + threadNumber;
            String participants = thread.ownText().strip();
            sink.conversation(new NewConversation(key, "messenger", null, participants.isEmpty() ? file.name() : participants,
                    null, file.receivedPath(), file.caseZone(), false));
            int number = 0;
            for (Element message : thread.select("> div.message")) {
                String locator = "thread " + threadNumber + " message " + ++number;
                String author = message.select("span.user").text().strip();
                Timestamp sent = time(message.select("span.meta").text().strip());
                if (sent == null) {
                    sink.problem(locator, "date \"" + message.select("span.meta").text() + "\" not readable: skipped");
                    continue;
                }
                Element words = message.nextElementSibling();
                String text = words != null && words.is("p") ? words.wholeText().strip() : "";
                sink.message(NewItem.message(ItemKind.MESSAGE, locator, author, sent, text, Map.of(),
                        new MessageDetails(key, author, null, null, List.of())));
            }
        }
    }

    /** "Friday, October 4, 2013 at 10:05pm PDT", or "… UTC+01": the offset is the one written. */
    private static Timestamp time(String written) {
        int space = written.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String zone = written.substring(space + 1);
        try {
            ZoneOffset offset = ABBREVIATIONS.containsKey(zone) ? ABBREVIATIONS.get(zone)
                    : ZoneOffset.of(zone.replaceFirst("^(?:UTC|GMT)", ""));
            // the weekday is left unread: the page's own can disagree with its date
            LocalDateTime local = LocalDateTime.parse(written.substring(0, space).replaceFirst("^\\p{L}+, ", ""), META);
            return new Timestamp(local.toInstant(offset), offset, false);
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }
}
