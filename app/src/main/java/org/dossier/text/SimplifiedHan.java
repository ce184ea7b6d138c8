package org.dossier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Han characters in their Simplified form and nothing else changed ("字節跳動" is "字节跳动", "臺" is
 * "台", "裡" and "裏" are "里"), one character for one of the same length, so an offset into the
 * result is an offset into the text. Search and entity keys compare texts this way (decision 0021):
 * {@link Folding} would also make "m" the "rn" it looks like, and "burn" would find "bum". The
 * table is ICU's Hant-Hans, one character at a time, shipped as generated ({@code hant-hans.txt},
 * checked against ICU by {@code SimplifiedHanTableTest}), because ICU compiles its rules in a second
 * or more, too long for a search or an import to wait.
 */
public final class SimplifiedHan {
    /** The first CJK radical: no character below it is Han. */
    private static final char FIRST_HAN = '\u2E80';
    static final String TABLE_FILE = "hant-hans.txt";
    private static final char[] BMP = new char[Character.MAX_VALUE + 1];
    private static final Map<Integer, Integer> ABOVE_BMP = new HashMap<>();

    static {
        for (int c = 0; c < BMP.length; c++) {
            BMP[c] = (char) c;
        }
        try (InputStream in = SimplifiedHan.class.getResourceAsStream(TABLE_FILE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
                int from = line.codePointAt(0);
                int to = line.codePointAt(line.indexOf(' ') + 1);
                if (from <= Character.MAX_VALUE) {
                    BMP[from] = (char) to;
                } else {
                    ABOVE_BMP.put(from, to);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the Simplified Han table ships with Dossier", e);
        }
    }

    private SimplifiedHan() {
    }

    /** The text with every Han character Simplified; the same string when none changes. */
    public static String of(String text) {
        char[] out = null; // a copy only once a character changes: most text has none to change
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FIRST_HAN) {
                continue; // most characters of most texts, answered at once
            }
            int codePoint = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            int simplified = of(codePoint);
            if (simplified != codePoint) {
                if (out == null) {
                    out = text.toCharArray();
                }
                Character.toChars(simplified, out, i);
            }
            i += Character.charCount(codePoint) - 1;
        }
        return out == null ? text : new String(out);
    }

    /** A Han character (or a radical drawn like one) as its Simplified character, of the same length; anything else as itself. */
    public static int of(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            return BMP[codePoint];
        }
        return ABOVE_BMP.getOrDefault(codePoint, codePoint);
    }
}
