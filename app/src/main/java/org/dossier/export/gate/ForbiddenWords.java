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
 * characters, with their pinyin and both scripts mixed ("王 Fang"); its Latin words as one sequence;
 * the short forms a person is called by (a title or an initial with either name, a Chinese surname
 * with a form of address); and a phone number's digits. A note is looked for as a whole phrase.
 */
final class ForbiddenWords {
    private static final Pattern EMAIL = Pattern.compile("([^\\s<>()\"',;@]+)@[^\\s<>()\"',;@]+\\.[^\\s<>()\"',;@]+");
    private static final Pattern PARTS = Pattern.compile("[<>,;|()\\n，；]");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII"));
    private static final int NUMBER_DIGITS = 5;
    private static final List<String> TITLES = List.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "madam", "madame");
    /** A Chinese surname (~) with a form of address. */
    private static final List<String> ADDRESSED = List.of("~先生", "~女士", "~小姐", "~太太", "~总", "~经理", "~老师", "~律师", "~博士", "~教授",
            "~主任", "老~", "小~");
    private static final int NATIONAL_DIGITS = 7;

    /**
     * One thing to look for, with what it was cut from (for the refusal's message).
     *
     * @param latin  words that must stand together (in this order, last first, or run together), or empty
     * @param han    Chinese characters that must stand together, or null
     * @param digits digits that must stand together in one number, or null
     * @param mixed  a name written in both scripts, as a pattern over the folded text, or null
     */
    record Unit(String from, List<String> latin, String han, String digits, Pattern mixed) {
        Unit(String from, List<String> latin, String han, String digits) {
            this(from, latin, han, digits, null);
        }
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
            List<String> written = Scan.latinWords(GateText.decoded(part).toLowerCase(Locale.ROOT));
            if (isPersonsName(written, part) && Scan.hanRuns(folded).isEmpty()) {
                calledBy(name, written.get(0), written.get(written.size() - 1));
            }
            for (String run : Scan.hanRuns(folded)) {
                if (run.codePointCount(0, run.length()) >= 2) {
                    units.add(new Unit(name, List.of(), run, null));
                    if (run.codePointCount(0, run.length()) <= 4) {
                        chineseName(name, run);
                    }
                }
            }
            String digits = Scan.asciiDigits(GateText.decoded(part).replaceAll("\\D", ""));
            if (digits.length() >= NUMBER_DIGITS && digits.length() * 2 >= part.strip().length()) {
                units.add(new Unit(name, List.of(), null, nationalPart(digits, part.strip().startsWith("+"))));
            }
        }
    }

    /**
     * What any way of writing a telephone number holds: without its country code (up to three digits
     * after a "+") or its trunk zeros, so "13800138000" is found for "+86 138 0013 8000" and the other way round.
     */
    private static String nationalPart(String digits, boolean international) {
        if (digits.length() < NATIONAL_DIGITS) {
            return digits;
        }
        return international ? digits.substring(Math.min(3, digits.length() - NATIONAL_DIGITS)) : digits.replaceFirst("^0+", "");
    }

    /** Two to four words of two letters or more, no digit: a platform id such as "U05ZHAOMIN" has no title or initial. */
    private static boolean isPersonsName(List<String> written, String part) {
        return written.size() >= 2 && written.size() <= 4 && written.stream().allMatch(word -> word.length() >= 2)
                && part.chars().noneMatch(Character::isDigit);
    }

    /** A Chinese name of two to four characters: in pinyin, in both scripts, and by its surname with a form of address. */
    private void chineseName(String from, String run) {
        List<String> syllables = new ArrayList<>();
        run.codePoints().forEach(character -> syllables.add(
                PINYIN.get().transliterate(Character.toString(character)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")));
        List<String> folded = syllables.stream().map(GateText::folded).toList();
        latin(from, folded);
        int[] characters = run.codePoints().toArray();
        int surname = characters.length == 4 ? 2 : 1;
        String family = new String(characters, 0, surname);
        for (String address : ADDRESSED) {
            units.add(new Unit(from, List.of(), GateText.folded(address.replace("~", family)), null));
        }
        calledBy(from, String.join("", syllables.subList(0, surname)), String.join("", syllables.subList(surname, syllables.size())));
        for (int mask = 1; mask < (1 << characters.length) - 1; mask++) {
            StringBuilder pattern = new StringBuilder();
            for (int i = 0; i < characters.length; i++) {
                if (i > 0) {
                    pattern.append("[\\s\\p{Pd}\\p{Pc}.·・]*");
                }
                pattern.append((mask & (1 << i)) != 0 ? "(?<![a-z])" + Pattern.quote(folded.get(i)) + "(?![a-z])"
                        : Pattern.quote(Character.toString(characters[i])));
            }
            units.add(new Unit(from, List.of(), null, null, Pattern.compile(pattern.toString())));
        }
    }

    /**
     * "Ms Wang", "Dr Fang", "F. Wang", "W. Fang": a title or an initial with either name, since which
     * is the surname is not known. The names come as written, so the initial is the letter written;
     * each word is then folded as the text is.
     */
    private void calledBy(String from, String first, String last) {
        for (String[] pair : List.of(new String[] {first, last}, new String[] {last, first})) {
            String surname = GateText.folded(pair[0]);
            for (String title : TITLES) {
                units.add(new Unit(from, List.of(GateText.folded(title), surname), null, null));
            }
            units.add(new Unit(from, List.of(GateText.folded(pair[1].substring(0, 1)), surname), null, null));
        }
    }

    /** A single Latin word only when it is at least three letters: "Li" alone is everybody. */
    private void latin(String from, List<String> words) {
        if (words.size() >= 2 || words.size() == 1 && words.get(0).length() >= 3) {
            units.add(new Unit(from, List.copyOf(words), null, null));
        }
    }
}
