package org.dossier.export;

/**
 * The words around an excerpt cut to their width after redaction, never through a redaction mark
 * (which would show part of it) and never through a character (a surrogate pair); an ellipsis
 * says the text goes on.
 */
final class Cut {
    private static final String MORE = "…";

    private Cut() {
    }

    /** The last {@code width} characters of the words before an excerpt. */
    static String keepEnd(String before, int width) {
        if (before.length() <= width) {
            return before;
        }
        int from = before.length() - width;
        int mark = before.lastIndexOf(Redactor.MARK, from);
        if (mark >= 0 && mark + Redactor.MARK.length() > from) {
            from = mark;
        }
        if (Character.isLowSurrogate(before.charAt(from))) {
            from++;
        }
        return MORE + before.substring(from);
    }

    /** The first {@code width} characters of the words after an excerpt. */
    static String keepStart(String after, int width) {
        if (after.length() <= width) {
            return after;
        }
        int to = width;
        int mark = after.lastIndexOf(Redactor.MARK, to - 1);
        if (mark >= 0 && mark + Redactor.MARK.length() > to) {
            to = mark + Redactor.MARK.length();
        }
        if (Character.isHighSurrogate(after.charAt(to - 1)) && to < after.length()) {
            to++;
        }
        return after.substring(0, to) + MORE;
    }
}
