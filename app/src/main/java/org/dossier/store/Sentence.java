package org.dossier.store;

/**
 * The sentence of a text window that holds a marked span: cut at the nearest sentence ends
 * (. ! ? 。 ！ ？ or a line break) around it.
 *
 * @param offset    where the sentence starts in the window
 * @param markStart where the mark starts in the sentence
 * @param markEnd   where it ends
 */
record Sentence(String text, int offset, int markStart, int markEnd) {
    private static final String ENDS = ".!?。！？\n\f";

    static Sentence around(String window, int markStart, int markEnd) {
        int start = markStart;
        while (start > 0 && ENDS.indexOf(window.charAt(start - 1)) < 0) {
            start--;
        }
        int end = markEnd;
        while (end < window.length() && ENDS.indexOf(window.charAt(end)) < 0) {
            end++;
        }
        if (end < window.length() && window.charAt(end) != '\n' && window.charAt(end) != '\f') {
            end++;
        }
        String raw = window.substring(start, end);
        int lead = raw.length() - raw.stripLeading().length();
        String text = raw.strip();
        return new Sentence(text, start + lead, markStart - start - lead, markEnd - start - lead);
    }
}
