package org.dossier.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one character is when Dossier matches words, whatever way it was written: compatibility
 * forms as their plain letters (full-width, mathematical, circled), no accents or tone marks, one
 * case, confusable letters as their Unicode skeleton (UTS #39: a Cyrillic "с" is a Latin "c"),
 * Traditional Chinese as Simplified, any digit as its ASCII digit, any space as one space, and the
 * invisible characters (zero-width spaces, soft hyphens, joiners, bidi marks, byte-order marks) as
 * nothing. Folding is per character, so a folded text can point back to the characters it came from
 * ({@link FoldedText}). The tables are ICU's; a character's fold is computed once and kept.
 */
public final class Folding {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));
    private static final String[] BMP = new String[0x10000];
    private static final ConcurrentHashMap<Integer, String> ABOVE_BMP = new ConcurrentHashMap<>();

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
        if (isHan(codePoint)) {
            return Character.toString(simplified(codePoint));
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
