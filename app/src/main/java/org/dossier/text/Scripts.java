package org.dossier.text;

import java.util.BitSet;

/** Which characters belong to scripts written without spaces between words. */
public final class Scripts {
    /** The first code point of any of these scripts (a CJK radical): everything below is spaced. */
    public static final int FIRST_UNSPACED = 0x2E80;

    /**
     * The answer for every character of the Basic Multilingual Plane, looked up once: the word
     * index and the recogniser ask for each character of every Chinese text, and the script table's
     * binary search was half of what the word index's treatment of Chinese text cost.
     */
    private static final BitSet UNSPACED_BMP = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (int codePoint = FIRST_UNSPACED; codePoint <= Character.MAX_VALUE; codePoint++) {
            if (inUnspacedScript(codePoint)) {
                UNSPACED_BMP.set(codePoint);
            }
        }
    }

    private Scripts() {
    }

    /** Han, Hiragana or Katakana: Chinese and Japanese, written without spaces. */
    public static boolean isUnspaced(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false; // most text
        }
        return codePoint <= Character.MAX_VALUE ? UNSPACED_BMP.get(codePoint) : inUnspacedScript(codePoint);
    }

    static boolean inUnspacedScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
