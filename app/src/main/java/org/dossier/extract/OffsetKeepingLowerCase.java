package org.dossier.extract;

/**
 * Lower-cases a text one char at a time, so every offset in it is an offset in the original
 * ({@link String#toLowerCase} may change the length: "İ" becomes two chars). Patterns written in
 * lower case run on it without {@code CASE_INSENSITIVE}, which costs a case mapping per char
 * compared, at every position the pattern is tried.
 */
final class OffsetKeepingLowerCase {
    private OffsetKeepingLowerCase() {
    }

    static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
