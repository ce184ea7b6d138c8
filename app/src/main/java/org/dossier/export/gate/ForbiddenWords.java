package org.dossier.export.gate;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gate looks for, cut out of what must never leave the case (a marked name, a source's
 * identity and authors, a private note) in the gate's own way: an e-mail address and its local
 * part; in each part of a name (split at {@code < > , ; | ( )}), its Chinese runs of two or more
 * characters, with their pinyin; its Latin words as one sequence; and a phone number's digits.
 * A note is looked for as a whole phrase.
 */
final class ForbiddenWords {
    private static final Pattern EMAIL = Pattern.compile("([^\\s<>()\"',;@]+)@[^\\s<>()\"',;@]+\\.[^\\s<>()\"',;@]+");
    private static final Pattern PARTS = Pattern.compile("[<>,;|()\\n，；]");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII"));
    private static final int NUMBER_DIGITS = 5;

    /**
     * One thing to look for, with what it was cut from (for the refusal's message).
     *
     * @param latin  words that must stand together (in this order, last first, or run together), or empty
     * @param han    Chinese characters that must stand together, or null
     * @param digits digits that must stand together in one number, or null
     */
    record Unit(String from, List<String> latin, String han, String digits) {
    }

    private final List<Unit> units = new ArrayList<>();

    ForbiddenWords(List<String> names, List<String> phrases) {
        for (String name : names) {
            addName(name);
        }
        for (String phrase : phrases) {
            List<String> words = Scan.latinWords(GateText.folded(phrase));
            if (words.size() >= 2) {
                units.add(new Unit(phrase, words, null, null));
            }
            String han = Scan.hanOnly(GateText.folded(phrase));
            if (han.length() >= 2) {
                units.add(new Unit(phrase, List.of(), han, null));
            }
        }
    }

    List<Unit> units() {
        return units;
    }

    private void addName(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String rest = name;
        Matcher email = EMAIL.matcher(NFKC.normalize(name));
        while (email.find()) {
            latin(name, Scan.latinWords(GateText.folded(email.group())));
            latin(name, Scan.latinWords(GateText.folded(email.group(1))));
            rest = rest.replace(email.group(), " ");
        }
        for (String part : PARTS.split(rest)) {
            String folded = GateText.folded(part);
            latin(name, Scan.latinWords(folded));
            for (String run : Scan.hanRuns(folded)) {
                if (run.length() >= 2) {
                    units.add(new Unit(name, List.of(), run, null));
                    if (run.length() <= 4) {
                        latin(name, Scan.latinWords(PINYIN.get().transliterate(run).toLowerCase(Locale.ROOT)));
                    }
                }
            }
            String digits = GateText.decoded(part).replaceAll("\\D", "");
            if (digits.length() >= NUMBER_DIGITS && digits.length() * 2 >= part.strip().length()) {
                units.add(new Unit(name, List.of(), null, Scan.asciiDigits(digits)));
            }
        }
    }

    /** A single Latin word only when it is at least three letters: "Li" alone is everybody. */
    private void latin(String from, List<String> words) {
        if (words.size() >= 2 || words.size() == 1 && words.get(0).length() >= 3) {
            units.add(new Unit(from, List.copyOf(words), null, null));
        }
    }
}
