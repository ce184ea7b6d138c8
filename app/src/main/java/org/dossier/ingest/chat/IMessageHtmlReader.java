package org.dossier.ingest.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * An iMessage or SMS conversation as imessage-exporter writes HTML: each {@code div.message} holds
 * a timestamp, a sender, the message's parts as bubbles or app previews, its reactions, and its
 * thread's replies nested in {@code div.replies}; {@code div.announcement}s are system events.
 * Times are the Mac's local time, without a zone (read as {@link IMessageReader} reads them).
 */
final class IMessageHtmlReader implements ChatReader {

    static boolean looksLikeExport(FileHead head) {
        return head.containsAll("<span class=\"timestamp\">", "<span class=\"sender\">", "class=\"message_part\"");
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        Document page = Jsoup.parse(file.file().toFile(), "UTF-8");
        String key = "imessage:" + file.receivedPath();
        sink.conversation(new NewConversation(key, "imessage", null, file.name().replaceFirst("(?i)\\.html?$", ""), null,
                file.receivedPath(), file.caseZone(), true));
        int[] count = {0};
        for (Element element : page.body().children()) {
            if (element.hasClass("message")) {
                message(element, null, key, file, sink, count);
            } else if (element.hasClass("announcement")) {
                String locator = "message " + ++count[0];
                Timestamp at = time(element, file);
                Element copy = element.clone();
                copy.select("span.timestamp").remove();
                if (at == null) {
                    sink.problem(locator, "no readable timestamp: skipped");
                } else {
                    sink.message(NewItem.message(ItemKind.SYSTEM_EVENT, locator, null, at, copy.text().strip(), Map.of(),
                            new MessageDetails(key, null, null, null, List.of())));
                }
            }
        }
    }

    private static void message(Element message, String answers, String key, ChatFile file, ChatSink sink, int[] count) {
        String locator = "message " + ++count[0];
        Timestamp at = time(message, file);
        Element sender = message.selectFirst("span.sender");
        if (at == null || sender == null) {
            sink.problem(locator, "no readable timestamp or sender: skipped");
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Element part : message.select("div.message_part")) {
            if (part.closest("div.message") == message) {
                parts.add(part.select("span.bubble").isEmpty() ? part.text().strip() : String.join("\n", part.select("span.bubble").eachText()));
            }
        }
        List<String> reactions = new ArrayList<>();
        message.select("div.reaction").stream().filter(reaction -> reaction.closest("div.message") == message)
                .forEach(reaction -> reactions.add(reaction.text().strip()));
        sink.message(NewItem.message(ItemKind.MESSAGE, locator, sender.text().strip(), at, String.join("\n", parts),
                new Metadata().put("imessage:reactions", reactions).values(),
                new MessageDetails(key, sender.text().strip(), answers, null, List.of())));
        for (Element reply : message.select("div.replies > div.reply > div.message")) {
            if (reply.parent().closest("div.message") == message) {
                message(reply, locator, key, file, sink, count);
            }
        }
    }

    private static Timestamp time(Element element, ChatFile file) {
        Element stamp = element.selectFirst("span.timestamp");
        return stamp == null ? null : IMessageReader.time(stamp.text().replaceFirst(" \\((?:Read|Delivered) .*\\)$", "").strip(), file);
    }
}
