package org.dossier.export.gate;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A text as the gate reads it, folded whole: decoded as a reader would (percent-encoding, HTML
 * character references, {@code \\u} escapes), invisible characters and combining marks gone,
 * compatibility forms and case folded (NFKC_Casefold), look-alike letters as their UTS #39
 * skeleton, Traditional Chinese as Simplified. Written apart from the redactor's per-character
 * folding on purpose: the gate is the second line, and must not share the first line's bugs.
 */
final class GateText {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final UnicodeSet INVISIBLE_OR_MARK = new UnicodeSet("[[:Default_Ignorable_Code_Point:][:Mn:][:Me:]]").freeze();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    /** Skeletons are taken of letters only: a digit's skeleton is a letter ("1" is "l"), which would join a name to the number after it. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern PERCENT_RUN = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final ThreadLocal<Transliterator> SIMPLIFIED = ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));
    /** Small capitals and other Latin letters that neither NFKC nor the confusables table take to a plain letter. */
    private static final ThreadLocal<Transliterator> PLAIN_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance("[:Latin:]; Latin-ASCII"));
    /** Enclosed letters with no compatibility decomposition: negative circled, negative squared, regional indicators. */
    private static final int[][] ENCLOSED_ALPHABETS = {{0x1F150, 0x1F169}, {0x1F170, 0x1F189}, {0x1F1E6, 0x1F1FF}};

    private GateText() {
    }

    /** What a reader could read out of the text, before any folding: every encoding undone, invisible characters gone. */
    static String decoded(String text) {
        String unescaped = Parser.unescapeEntities(text, false);
        Matcher escapes = UNICODE_ESCAPE.matcher(unescaped);
        unescaped = escapes.replaceAll(match -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(match.group(1), 16))));
        Matcher percents = PERCENT_RUN.matcher(unescaped);
        String decoded = percents.replaceAll(match -> Matcher.quoteReplacement(
                URLDecoder.decode(match.group(), StandardCharsets.UTF_8)));
        return INVISIBLE_OR_MARK.stripFrom(NFKD.normalize(decoded), true);
    }

    /** The decoded text folded for matching names. */
    static String folded(String text) {
        String once = NFKC_CASEFOLD.normalize(PLAIN_LATIN.get().transliterate(unenclosed(decoded(text))));
        String skeleton = INVISIBLE_OR_MARK.stripFrom(NFKD.normalize(LETTERS.matcher(once)
                .replaceAll(run -> Matcher.quoteReplacement(SKELETONS.getSkeleton(run.group())))), true);
        return SIMPLIFIED.get().transliterate(NFKC_CASEFOLD.normalize(skeleton));
    }

    private static String unenclosed(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints().map(GateText::plainLetter).forEach(plain::appendCodePoint);
        return plain.toString();
    }

    private static int plainLetter(int codePoint) {
        for (int[] alphabet : ENCLOSED_ALPHABETS) {
            if (codePoint >= alphabet[0] && codePoint <= alphabet[1]) {
                return 'a' + codePoint - alphabet[0];
            }
        }
        return codePoint;
    }
}
