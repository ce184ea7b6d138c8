package org.dossier.extract;

/**
 * Lower-cases a text one char at a time, so every offset in it is an offset in the original
 * ({@link String#toLowerCase} may change the length: "İ" becomes two chars), and reads full-width
 * digits, Latin letters and the dollar sign as their ASCII forms ("２０２３年", "ＮＴ＄５０萬", common in
 * Chinese text typed with a full-width input method). Patterns written in lower case and ASCII run
 * on it without {@code CASE_INSENSITIVE}, which costs a case mapping per char compared, at every
 * position the pattern is tried. Full-width punctuation is kept: "，" is no thousands separator.
 */
final class OffsetKeepingFold {
    private static final int FULL_WIDTH_OFFSET = '０' - '0';

    private OffsetKeepingFold() {
    }

    static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '＄') {
                c = (char) (c - FULL_WIDTH_OFFSET);
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
