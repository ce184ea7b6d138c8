package org.dossier.ingest.chat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page of a Telegram Desktop HTML export ({@code messages.html}, {@code messages2.html}…); the
 * pages of one chat, in one folder under one chat name, are one conversation. A "joined" message
 * continues its predecessor's author. Dates are the exporting computer's local time, in the
 * {@code title} of each message's date, with " UTC+hh:mm" in newer exports. Service messages are
 * system events; the day dividers (negative ids) are not messages at all.
 */
final class TelegramHtmlReader implements ChatReader {
    private static final DateTimeFormatter TITLE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final Pattern TITLE = Pattern.compile("(\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d)(?: UTC([+-]\\d\\d:\\d\\d))?");
    private static final Pattern MESSAGE_NUMBER = Pattern.compile("(?:message|GoToMessage\\(|go_to_message)(-?\\d+)");

    /** True when the start of an HTML file has Telegram's page header and message history. */
    static boolean looksLikeExport(FileHead head) {
        return head.containsAll("class=\"page_header\"", "class=\"history\"");
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Document page = Jsoup.parse(file.file().toFile(), "UTF-8");
        String chat = page.select("div.page_header div.text.bold").text().strip();
        String folder = file.receivedPath().substring(0, Math.max(0, file.receivedPath().lastIndexOf('/')));
        String key = "telegram-html:" + folder + "#" + chat;
        boolean announced = false;
        String author = null;
        Timestamp lastTime = null;
        List<Element> undated = new ArrayList<>();
        for (Element message : page.select("div.history > div.message")) {
            Matcher number = MESSAGE_NUMBER.matcher(message.id());
            if (!number.matches() || number.group(1).startsWith("-")) {
                continue; // a day divider
            }
            String locator = number.group(1);
            boolean service = message.hasClass("service");
            Timestamp sent = time(message.selectFirst("div.pull_right.date.details"), file.caseZone());
            if (!announced) {
                sink.conversation(new NewConversation(key, "telegram", null, chat.isEmpty() ? file.name() : chat, null,
                        file.receivedPath(), sent == null ? file.caseZone() : sent.zone(), sent == null || sent.zoneAssumed()));
                announced = true;
            }
            if (service) {
                if (sent == null && lastTime == null) {
                    undated.add(message);
                } else {
                    service(message, locator, sent != null ? sent : lastTime, key, sink);
                }
                continue;
            }
            Element from = message.selectFirst("div.body > div.from_name");
            if (from != null) {
                author = ownText(from);
            }
            if (sent == null || author == null) {
                sink.problem("message " + locator, sent == null ? "no readable date: skipped" : "no author on this page: skipped");
                continue;
            }
            lastTime = sent;
            for (Element early : undated) {
                service(early, MESSAGE_NUMBER.matcher(early.id()).replaceAll("$1"), sent, key, sink);
            }
            undated.clear();
            sink.message(NewItem.message(ItemKind.MESSAGE, locator, author, sent, text(message.selectFirst("div.body > div.text")),
                    new Metadata().put("telegram:forwarded_from", forwardedFrom(message)).values(),
                    new MessageDetails(key, author, replyTo(message), null, attachments(message, file))));
        }
    }

    /** Service messages carry no date of their own: they take the time of the message before them (after, at the top of a page). */
    private static void service(Element message, String locator, Timestamp at, String key, ChatSink sink) {
        sink.message(NewItem.message(ItemKind.SYSTEM_EVENT, locator, null, at, message.text().strip(),
                Map.of("telegram:time", List.of("of the message beside it")), new MessageDetails(key, null, null, null, List.of())));
    }

    /** "28.01.2021 21:19:09", or with " UTC+03:00" in newer exports. */
    private static Timestamp time(Element date, ZoneId caseZone) {
        Matcher title = date == null ? null : TITLE.matcher(date.attr("title"));
        if (title == null || !title.lookingAt()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(title.group(1), TITLE_TIME);
            if (title.group(2) != null) {
                ZoneOffset offset = ZoneOffset.of(title.group(2));
                return new Timestamp(local.toInstant(offset), offset, false);
            }
            return new Timestamp(local.atZone(caseZone).toInstant(), caseZone, true);
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }

    /** The words of a message, with line breaks kept and every link's address beside its text. */
    private static String text(Element text) {
        if (text == null) {
            return "";
        }
        Element copy = text.clone();
        for (Element link : copy.select("a[href]")) {
            String href = link.attr("href");
            if (!link.text().equals(href) && href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                link.appendText(" (" + href + ")");
            }
        }
        return copy.wholeText().strip().replaceAll("[ \\t]*\\n[ \\t]*", "\n");
    }

    private static String ownText(Element from) {
        Element copy = from.clone();
        copy.select("span").remove(); // "via @bot" and the date of a forwarded message
        return copy.text().strip();
    }

    private static String forwardedFrom(Element message) {
        Element forwarded = message.selectFirst("div.forwarded.body > div.from_name");
        return forwarded == null ? null : ownText(forwarded);
    }

    private static String replyTo(Element message) {
        Element link = message.selectFirst("div.reply_to a");
        if (link == null) {
            return null;
        }
        Matcher number = MESSAGE_NUMBER.matcher(link.attr("onclick") + " " + link.attr("href"));
        return number.find() ? number.group(1) : null;
    }

    private static List<NewAttachment> attachments(Element message, ChatFile file) {
        List<NewAttachment> attachments = new ArrayList<>();
        for (Element link : message.select("div.media_wrap a[href]")) {
            String href = link.attr("href");
            if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;
            }
            attachments.add(new NewAttachment(href.substring(href.lastIndexOf('/') + 1), file.sibling(href), false, null));
        }
        for (Element absent : message.select("div.media_wrap > div.media")) {
            String status = absent.select("div.status").text();
            attachments.add(new NewAttachment(absent.select("div.title").text(), null, true,
                    status.isEmpty() ? "not included in the export" : status));
        }
        return attachments;
    }
}
