package org.dossier.ingest.chat;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message markup as a reader would see it: {@code <@U123>} becomes "@Chen Li",
 * {@code <#C123|general>} "#general", {@code <!channel>} "@channel", {@code <https://x|the site>}
 * "the site (https://x)", and the HTML entities Slack escapes become characters again.
 */
final class SlackText {
    private static final Pattern TOKEN = Pattern.compile("<([^<>\\s][^<>]*)>");

    private SlackText() {
    }

    static String decode(String text, Function<String, String> userName, Function<String, String> channelName) {
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(token(matcher.group(1), userName, channelName)));
        }
        matcher.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String token(String token, Function<String, String> userName, Function<String, String> channelName) {
        int bar = token.indexOf('|');
        String target = bar < 0 ? token : token.substring(0, bar);
        String label = bar < 0 ? null : token.substring(bar + 1);
        if (target.startsWith("@")) {
            return "@" + (label != null ? label : userName.apply(target.substring(1)));
        }
        if (target.startsWith("#")) {
            return "#" + (label != null ? label : channelName.apply(target.substring(1)));
        }
        if (target.startsWith("!")) {
            if (label != null) {
                return label;
            }
            return "@" + target.substring(1);
        }
        String url = target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
        return label == null || label.equals(url) ? url : label + " (" + url + ")";
    }
}
