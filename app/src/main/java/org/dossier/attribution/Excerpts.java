package org.dossier.attribution;

import org.dossier.model.Span;

/**
 * Excerpts in their text: the sentence around a place when the reporter gave only a place, and the
 * words around an excerpt as the review and the memo show it.
 */
public final class Excerpts {
    private static final String ENDS = ".!?。！？\n";

    private Excerpts() {
    }

    /** An excerpt's words and up to a width of text either side, with an ellipsis where the text goes on. */
    public record InContext(String before, String excerpt, String after) {
    }

    public static InContext inContext(String text, Span span, int width) {
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        int from = Math.max(0, start - width);
        int to = Math.min(text.length(), end + width);
        return new InContext((from > 0 ? "…" : "") + text.substring(from, start), text.substring(start, end),
                text.substring(end, to) + (to < text.length() ? "…" : ""));
    }

    /** The sentence (or line) of {@code text} around [at, at + length), without the space around it. */
    public static Span sentenceAround(String text, int at, int length) {
        int start = Math.max(0, Math.min(at, text.length()));
        while (start > 0 && ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = Math.max(start, Math.min(text.length(), at + length));
        while (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
