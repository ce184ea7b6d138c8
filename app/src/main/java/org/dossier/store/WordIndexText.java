package org.dossier.store;

import org.dossier.text.Scripts;
import org.dossier.text.SimplifiedHan;

/**
 * The text given to the full-text index. Chinese and Japanese are written without spaces, so a word
 * tokenizer would see a whole sentence as one token; runs of such characters become overlapping
 * bigrams ("字节跳动" indexes as "字节 节跳 跳动 动"). Any substring of two or more characters is then
 * a phrase of consecutive bigrams ("节跳动" is "节跳 跳动"), and a single character matches as a
 * prefix, thanks to the trailing single character. Han characters are indexed and looked up in
 * their Simplified form ({@link SimplifiedHan#of}), so either script finds both: "字节跳动"
 * finds "字節跳動", "台灣" finds "臺灣". Other text passes through unchanged.
 */
final class WordIndexText {
    private WordIndexText() {
    }

    static String of(String text) {
        return allSpaced(text) ? text : transform(text, true);
    }

    /** True when no character can be of these scripts; surrogates are above the bound, so one char at a time will do. */
    private static boolean allSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= Scripts.FIRST_UNSPACED) {
                return false;
            }
        }
        return true;
    }

    /**
     * A term as the index is asked for it: the same bigrams, as a phrase. A lone ideograph is a
     * prefix, since it is indexed only as the start of a bigram or as a run's last character.
     */
    record Phrase(String tokens, boolean prefix) {
    }

    static Phrase phrase(String term) {
        boolean loneIdeograph = term.codePoints().filter(Scripts::isUnspaced).count() == 1
                && Scripts.isUnspaced(term.codePointBefore(term.length()));
        return new Phrase(transform(term, false).strip(), loneIdeograph);
    }

    /** An FTS5 query for a term: its phrase quoted, a prefix marked. */
    static String query(String term) {
        Phrase phrase = phrase(term);
        return "\"" + phrase.tokens().replace("\"", "\"\"") + "\"" + (phrase.prefix() ? " *" : "");
    }

    private static String transform(String text, boolean withLastCharacter) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int current = text.codePointAt(i);
            i += Character.charCount(current);
            int next = i < text.length() ? text.codePointAt(i) : -1;
            if (!Scripts.isUnspaced(current)) {
                out.appendCodePoint(current);
                previous = current;
                continue;
            }
            if (previous != -1 && !Scripts.isUnspaced(previous)) {
                out.append(' ');
            }
            if (next != -1 && Scripts.isUnspaced(next)) {
                out.appendCodePoint(SimplifiedHan.of(current)).appendCodePoint(SimplifiedHan.of(next)).append(' ');
            } else if (withLastCharacter || next != -1 || previous == -1 || !Scripts.isUnspaced(previous)) {
                // the index holds a run's last character as a token of its own; a query leaves it
                // out only at the term's end, where the bigram before it already asks for it
                out.appendCodePoint(SimplifiedHan.of(current)).append(' ');
            }
            previous = current;
        }
        return out.toString();
    }
}
