package org.dossier.attribution;

import org.dossier.model.Span;

/** Where an excerpt begins and ends when the reporter gave only a place in the text: the sentence around it. */
public final class Excerpts {
    private static final String ENDS = ".!?。！？\n";

    private Excerpts() {
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
