package org.dossier.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one character is when Dossier matches words, whatever way it was written: compatibility
 * forms as their plain letters (full-width, mathematical, circled), no accents or tone marks, one
 * case, confusable letters as their Unicode skeleton (UTS #39: a Cyrillic "с" is a Latin "c"),
 * Traditional Chinese as Simplified, any digit as its ASCII digit, any space as one space, and the
 * invisible characters (zero-width spaces, soft hyphens, joiners, bidi marks, byte-order marks) as
 * nothing. Two kinds of look-alike that neither NFKC nor the skeletons cover are folded too: a Latin
 * letter in a decorative form Unicode names after it ("ᴡ" LATIN LETTER SMALL CAPITAL W, "🅦"
 * NEGATIVE CIRCLED LATIN CAPITAL LETTER W), and a CJK radical drawn like an ideograph ("⺩" is
 * "王", after Unicode's EquivalentUnifiedIdeograph; PDFs put radicals where ideographs were meant, and
 * a hostile writer can too). Folding is per character, so a folded text can point back to the characters it came from
 * ({@link FoldedText}). The tables are ICU's; a character's fold is computed once and kept.
 */
public final class Folding {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));
    private static final String[] BMP = new String[0x10000];
    private static final ConcurrentHashMap<Integer, String> ABOVE_BMP = new ConcurrentHashMap<>();
    /** A Unicode name that says which Latin letter a character draws, whatever its decoration. */
    private static final Pattern NAMED_LATIN = Pattern.compile(
            "(?:[A-Z]+ )*LATIN (?:CAPITAL |SMALL )?LETTER (?:SMALL CAPITAL )?([A-Z])(?: WITH .*)?|REGIONAL INDICATOR SYMBOL LETTER ([A-Z])");
    private static final Map<Integer, Integer> RADICALS = radicals();

    private Folding() {
    }

    /** The folded form of one code point: usually one character, sometimes none or several ("ﬁ" is "fi"). */
    public static String fold(int codePoint) {
        if (codePoint < BMP.length) {
            String folded = BMP[codePoint];
            if (folded == null) {
                folded = compute(codePoint);
                BMP[codePoint] = folded; // a race computes the same string twice, nothing worse
            }
            return folded;
        }
        return ABOVE_BMP.computeIfAbsent(codePoint, Folding::compute);
    }

    /** A whole string folded, without the way back (terms, queries). */
    public static String fold(CharSequence text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> folded.append(fold(codePoint)));
        return folded.toString();
    }

    /** A Han character in its Simplified form (itself when it has none or is not Han). */
    public static int simplified(int codePoint) {
        if (!isHan(codePoint)) {
            return codePoint;
        }
        String simplified = TO_SIMPLIFIED.get().transliterate(Character.toString(codePoint));
        return simplified.codePointCount(0, simplified.length()) == 1 ? simplified.codePointAt(0) : codePoint;
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String compute(int codePoint) {
        if (UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return "";
        }
        if (UCharacter.isUWhiteSpace(codePoint) || Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (UCharacter.getType(codePoint) == UCharacter.DECIMAL_DIGIT_NUMBER) {
            return Character.toString('0' + UCharacter.digit(codePoint, 10));
        }
        Integer ideograph = RADICALS.get(codePoint);
        if (isHan(codePoint) || ideograph != null) {
            return Character.toString(simplified(ideograph == null ? codePoint : ideograph));
        }
        String named = codePoint > 0x7F ? latinLetterNamed(codePoint) : null;
        if (named != null) {
            return fold(named.codePointAt(0)); // as the plain letter folds, skeleton and all
        }
        String lower = UCharacter.foldCase(withoutMarks(NFKD.normalize(Character.toString(codePoint))), true);
        StringBuilder folded = new StringBuilder(lower.length());
        lower.codePoints().forEach(each -> {
            if (UCharacter.isLetter(each)) {
                folded.append(UCharacter.foldCase(withoutMarks(SKELETONS.getSkeleton(Character.toString(each))), true));
            } else if (UCharacter.isUWhiteSpace(each)) {
                folded.append(' ');
            } else if (UCharacter.getType(each) == UCharacter.DECIMAL_DIGIT_NUMBER) {
                folded.append((char) ('0' + UCharacter.digit(each, 10)));
            } else if (isHan(each)) {
                folded.appendCodePoint(simplified(each));
            } else {
                folded.appendCodePoint(each);
            }
        });
        return folded.toString();
    }

    /** The plain Latin letter a character's Unicode name says it draws, or null. */
    private static String latinLetterNamed(int codePoint) {
        String name = UCharacter.getName(codePoint);
        Matcher latin = name == null ? null : NAMED_LATIN.matcher(name);
        if (latin == null || !latin.matches()) {
            return null;
        }
        return (latin.group(1) != null ? latin.group(1) : latin.group(2)).toLowerCase(Locale.ROOT);
    }

    /** The CJK radicals NFKC leaves alone, each with the ideograph it is drawn like. */
    private static Map<Integer, Integer> radicals() {
        Map<Integer, Integer> radicals = new HashMap<>();
        try (InputStream in = Folding.class.getResourceAsStream("EquivalentUnifiedIdeograph-radicals.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty()).forEach(line -> {
                String[] fields = line.split("\\s*;\\s*");
                String[] range = fields[0].split("\\.\\.");
                int first = Integer.parseInt(range[0], 16);
                int last = Integer.parseInt(range[range.length - 1], 16);
                for (int radical = first; radical <= last; radical++) {
                    radicals.put(radical, Integer.parseInt(fields[1], 16));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the radicals table ships with Dossier", e);
        }
        return Map.copyOf(radicals);
    }

    /** Accents, tone marks and other combining marks taken off (the text is decomposed already). */
    private static String withoutMarks(String decomposed) {
        StringBuilder kept = new StringBuilder(decomposed.length());
        NFKD.normalize(decomposed).codePoints().forEach(codePoint -> {
            int type = UCharacter.getType(codePoint);
            if (type != UCharacter.NON_SPACING_MARK && type != UCharacter.ENCLOSING_MARK
                    && !UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                kept.appendCodePoint(codePoint);
            }
        });
        return kept.toString();
    }
}
