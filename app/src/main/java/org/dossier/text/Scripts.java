package org.dossier.text;

/** Which characters belong to scripts written without spaces between words. */
public final class Scripts {
    /** The first code point of any of these scripts (a CJK radical): everything below is spaced. */
    public static final int FIRST_UNSPACED = 0x2E80;

    private Scripts() {
    }

    /** Han, Hiragana or Katakana: Chinese and Japanese, written without spaces. */
    public static boolean isUnspaced(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false; // most text, answered without the script table's binary search
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
