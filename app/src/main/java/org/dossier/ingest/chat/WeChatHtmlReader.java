package org.dossier.ingest.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ItemKind;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;
import org.jsoup.parser.Parser;

/**
 * A WeChat chat as 留痕 / WeChatMsg writes HTML: its page template with the messages inserted as
 * JavaScript object literals into {@code const chatMessages = [ … ];}
 * ({@code { type:1, text: '…', is_send:0, timestamp:1628863878, displayname:'…'},}). The
 * literals are read with Jackson's lenient options (single quotes, bare names, trailing commas),
 * their text un-escaped from the HTML the tool escaped it to. Pictures, voice, video and stickers
 * are files beside the page; system messages (type 0) are system events; a reply keeps its quote
 * as 留痕's text export writes it ("引用:name：words") and is linked to the message it quotes.
 */
final class WeChatHtmlReader implements ChatReader {
    /** The template's stylesheet, all its first 16 KB hold: a mark to look further, not proof. */
    private static final String TEMPLATE_MARK = ".page .side-bar";
    private static final String ARRAY_START = "const chatMessages = [";
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>");
    private static final Set<Integer> FILE_TYPES = Set.of(3, 34, 43);
    private static final int STICKER = 47;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build());

    static boolean looksLikeExport(FileHead head, Path file) {
        if (!head.containsAll(TEMPLATE_MARK)) {
            return false;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return titleBeforeMessages(lines) != null;
        } catch (IOException | RuntimeException notThePage) {
            return false;
        }
    }

    /**
     * Reads the template up to the line that opens the message array: the page's title (or "" when
     * it has none), or null when there is no such line.
     */
    private static String titleBeforeMessages(BufferedReader lines) throws IOException {
        String title = "";
        for (String line; (line = lines.readLine()) != null; ) {
            Matcher titled = TITLE.matcher(line);
            if (title.isEmpty() && titled.find()) {
                title = Parser.unescapeEntities(titled.group(1), false);
            }
            if (line.strip().equals(ARRAY_START)) {
                return title;
            }
        }
        return null;
    }

    @Override
    public void read(ChatFile file, ChatSink sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            String title = titleBeforeMessages(reader);
            if (title == null) {
                throw new IOException("no message array (\"" + ARRAY_START + "\") in the page");
            }
            String key = "wechat:" + file.receivedPath();
            sink.conversation(new NewConversation(key, "wechat", null, title.isEmpty() ? file.name() : title, null,
                    file.receivedPath(), file.caseZone(), false));
            QuotedReplies quotes = new QuotedReplies();
            PushbackReader array = new PushbackReader(reader, 1);
            array.unread('['); // the line that opened the array has been read
            try (JsonParser parser = JSON.getFactory().createParser(array)) {
                parser.nextToken();
                int number = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    message(JSON.readTree(parser), "message " + ++number, key, file, sink, quotes);
                }
            }
        }
    }

    private static void message(JsonNode message, String locator, String key, ChatFile file, ChatSink sink, QuotedReplies quotes) {
        long seconds = message.path("timestamp").asLong(-1);
        if (seconds < 0) {
            sink.problem(locator, "no timestamp: skipped");
            return;
        }
        Timestamp sent = new Timestamp(Instant.ofEpochSecond(seconds), file.caseZone(), false);
        int type = message.path("type").asInt();
        String text = Parser.unescapeEntities(message.path("text").asText(""), false);
        if (type == 0) {
            sink.message(NewItem.message(ItemKind.SYSTEM_EVENT, locator, null, sent, text, Map.of(),
                    new MessageDetails(key, null, null, null, List.of())));
            return;
        }
        String author = message.path("displayname").asText("");
        if (author.isBlank()) {
            author = message.path("is_send").asInt() == 1 ? "我" : "(unnamed)";
        }
        author = Parser.unescapeEntities(author, false);
        List<NewAttachment> attachments = List.of();
        if (FILE_TYPES.contains(type) && !text.isBlank()) {
            attachments = List.of(new NewAttachment(text.substring(text.lastIndexOf('/') + 1), file.sibling(text.replaceFirst("^\\./", "")),
                    false, null));
            text = "";
        } else if (type == STICKER) {
            text = "[表情]";
        }
        String refer = message.path("refer_text").asText("");
        if (!refer.isBlank()) {
            text = text + "\n引用:" + Parser.unescapeEntities(refer, false);
        }
        sink.message(NewItem.message(ItemKind.MESSAGE, locator, author, sent, text,
                new Metadata().put("wechat:type", String.valueOf(type)).values(),
                new MessageDetails(key, author, quotes.quotedBy(text, locator), null, attachments)));
    }
}
