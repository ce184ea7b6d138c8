package org.dossier.ingest.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a WeChat reply to the message it quotes. The export tools write the quote into the reply's
 * text (留痕 "引用:name:words", PyWxDump "[引用](time)name:words", WechatExporter "「name：words」"
 * over a dashed line) rather than an id, so the quoted
 * words are looked up among the messages read before, newest first. Only the latest messages are
 * remembered: a quote answers something recent, and a million-message chat must not sit in memory.
 */
final class QuotedReplies {
    private static final int REMEMBERED = 20_000;
    private static final List<Pattern> QUOTES = List.of(
            Pattern.compile("(?:^|\n)(?:引用:|\\[引用]\\([^)]*\\))[^:：\n]{1,64}[:：](.+)$", Pattern.DOTALL),
            Pattern.compile("^「[^：\n]{1,64}：(.+?)」\n- - -", Pattern.DOTALL));

    private final Map<String, String> locatorByText = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The locator of the message a reply's text quotes, or null; then remembers this message. */
    String quotedBy(String text, String locator) {
        String quoted = null;
        for (Pattern pattern : QUOTES) {
            Matcher quote = pattern.matcher(text);
            if (quote.find()) {
                quoted = locatorByText.get(quote.group(1).strip());
                break;
            }
        }
        locatorByText.remove(text.strip());
        locatorByText.put(text.strip(), locator);
        return quoted;
    }
}
