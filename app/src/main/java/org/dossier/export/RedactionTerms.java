package org.dossier.export;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.text.Folding;

/**
 * The forms a marked term takes, as one pattern over {@link org.dossier.text.FoldedText folded}
 * text. A number ("+86 138 0013 8000") is its digits however they are grouped (spaces, any dash,
 * dots, slashes, brackets, middle dots), with or without its country code and trunk zero
 * ("13800138000", "020 7946 0018" for "+44 20 7946 0018"). Anything else is
 * its words (a Chinese character is a word of its own) in the order written, joined by any
 * separator or none ("Chen Li", "CHEN, Li", "chen_li", "chen-li", "ChenLi", "Chen+Li", "陈 立");
 * a Latin name of several words also with its last word first ("Li Chen"), and a name of two to
 * four Chinese characters also in pinyin, both ways round ("陈立" is also "Chen Li" and "Li Chen"),
 * and in both scripts at once ("陈 Li", "Chen 立"). A person's name also takes the short forms
 * people are called by: a title and the surname ("Ms Chen", "陈女士", "老陈"), an initial and the
 * other name ("L. Chen"). Which word of a Latin name is the surname is not known, so both are
 * taken: hiding a "Ms Li" who is someone else is the safe mistake. Where a match may stand is
 * {@link Redactor}'s business.
 */
final class RedactionTerms {
    /** What may group a number's digits: any space, dash or connector, brackets, dots, commas, slashes, middle dots, a minus sign. */
    private static final String GROUPING = "\\s\\p{Pd}\\p{Pc}().,/·・\u2212";
    private static final Pattern NUMBER = Pattern.compile("\\+?[\\d" + GROUPING + "]*\\d[\\d" + GROUPING + "]*");
    private static final int NUMBER_DIGITS = 5;
    /** A number this long is a telephone number or the like: written with a country code or trunk zero, or without. */
    private static final int NATIONAL_DIGITS = 7;
    static final Pattern EMAIL = Pattern.compile("([\\p{L}\\p{N}._%+\\-]+)@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+");
    /** A run of Chinese characters, or a run of anything else, within a name written in both scripts. */
    private static final Pattern SCRIPT_RUN = Pattern.compile("[\\p{IsHan}]+|[^\\p{IsHan}]+");
    private static final String DIGIT_SEPARATORS = "[ \\p{Pd}\\p{Pc}().,/·・\u2212]{0,3}";
    /** What may join the words of a name: spaces, dashes, underscores, dots, plus, commas, apostrophes, a middle dot; or nothing. */
    private static final String WORD_SEPARATORS = "[ \\p{Pd}\\p{Pc},.+·・'’]*";
    private static final String HAN_SEPARATORS = "[ \\p{Pd}\\p{Pc}·・]*";
    private static final Pattern SEPARATOR = Pattern.compile(WORD_SEPARATORS.replace("*", ""));
    /** Titles written before a surname, folded. */
    private static final List<String> TITLES = List.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "madam", "madame");
    /** Chinese forms of address written after a surname (陈先生, 陈总), and before it (老陈, 小陈). */
    private static final List<String> AFTER_SURNAME = List.of("先生", "女士", "小姐", "太太", "总", "经理", "老师", "律师", "博士", "教授", "主任");
    private static final List<String> BEFORE_SURNAME = List.of("老", "小");
    /** Between a title or an initial and a name: a full stop, a space, or both; never nothing ("C Li" and "C. Li", not "CLI"). */
    private static final String AFTER_ABBREVIATION = "(?:\\. ?| )";
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII"));

    private RedactionTerms() {
    }

    /**
     * The terms a written name stands for, each hidden on its own: "王芳 Wang Fang
     * &lt;wang.fang@example.org&gt;" is the whole, "王芳", "Wang Fang", the address and its local
     * part "wang.fang" (a name in an address is the name). Parts are split at {@code < > ; | ( )}
     * and line breaks, and at commas too when {@code atCommas} ("Zhang Wei, data team").
     */
    static List<String> of(String written, boolean atCommas) {
        Set<String> terms = new LinkedHashSet<>();
        if (written == null || written.isBlank()) {
            return List.of();
        }
        terms.add(written.strip());
        String rest = written;
        Matcher email = EMAIL.matcher(written);
        while (email.find()) {
            terms.add(email.group());
            terms.add(email.group(1));
            rest = rest.replace(email.group(), " ");
        }
        for (String part : rest.split(atCommas ? "[<>;|()\\n,，；]" : "[<>;|()\\n；]")) {
            String stripped = part.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            terms.add(stripped);
            Matcher script = SCRIPT_RUN.matcher(stripped);
            while (script.find()) {
                if (script.end() - script.start() < stripped.length()) {
                    terms.add(script.group().strip());
                }
            }
        }
        terms.removeIf(String::isBlank);
        return List.copyOf(terms);
    }

    /** One pattern for every term, the longest first; null when there is nothing to hide. */
    static Pattern pattern(Collection<String> terms) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (String term : terms) {
            String stripped = term == null ? "" : term.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (isNumber(stripped)) {
                alternatives.add(number(stripped));
                continue;
            }
            for (List<String> words : forms(stripped)) {
                alternatives.add(joined(words));
            }
            alternatives.addAll(shortForms(stripped));
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile(alternatives.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|")));
    }

    /** The words with any separator between them; between two Chinese characters only a space or a joining sign, never a comma or a full stop. */
    private static String joined(List<String> words) {
        StringBuilder regex = new StringBuilder(Pattern.quote(words.get(0)));
        for (int i = 1; i < words.size(); i++) {
            boolean han = Folding.isHan(words.get(i - 1).codePointAt(0)) && Folding.isHan(words.get(i).codePointAt(0));
            regex.append(han ? HAN_SEPARATORS : WORD_SEPARATORS).append(Pattern.quote(words.get(i)));
        }
        return regex.toString();
    }

    static boolean isNumber(String term) {
        return NUMBER.matcher(term).matches() && term.chars().filter(Character::isDigit).count() >= NUMBER_DIGITS;
    }

    /**
     * Its digits with any grouping between them and no digit either side. A long number is matched
     * by its national part (without the country code a "+" begins, or the trunk zeros), which may
     * follow up to six more digits: an international prefix ("00"), a country code, a trunk zero.
     */
    private static String number(String term) {
        String digits = Folding.fold(term).chars().filter(Character::isDigit).mapToObj(Character::toString).collect(Collectors.joining());
        String core = digits;
        String before = "";
        if (digits.length() >= NATIONAL_DIGITS) {
            core = term.strip().startsWith("+") ? digits.substring(Math.min(3, digits.length() - NATIONAL_DIGITS)) : digits.replaceFirst("^0+", "");
            before = "(?:[0-9]" + DIGIT_SEPARATORS + "){0,6}";
        }
        String grouped = core.chars().mapToObj(Character::toString).collect(Collectors.joining(DIGIT_SEPARATORS));
        return "(?<![0-9])(?:\\+" + DIGIT_SEPARATORS + ")?" + before + grouped + "(?![0-9])";
    }

    /** The word sequences a term is written as. */
    private static List<List<String>> forms(String term) {
        List<List<String>> forms = new ArrayList<>();
        List<String> words = words(Folding.fold(term));
        if (words.isEmpty()) {
            return forms;
        }
        forms.add(words);
        boolean allLatin = words.stream().allMatch(word -> Character.isLetterOrDigit(word.codePointAt(0)) && !Folding.isHan(word.codePointAt(0)));
        if (allLatin && words.size() > 1) {
            forms.add(lastFirst(words));
        }
        boolean allHan = words.stream().allMatch(word -> Folding.isHan(word.codePointAt(0)));
        if (allHan && words.size() >= 2 && words.size() <= 4) {
            List<String> syllables = pinyin(words).stream().map(Folding::fold).toList();
            int surname = surnameLength(words);
            forms.add(syllables);
            List<String> givenFirst = new ArrayList<>(syllables.subList(surname, syllables.size()));
            givenFirst.addAll(syllables.subList(0, surname));
            forms.add(givenFirst);
            if (syllables.size() == words.size()) {
                forms.addAll(bothScripts(words, syllables));
            }
        }
        return forms;
    }

    /** Each way of writing some characters of a name in pinyin and the others as they are ("陈 Li", "Chen 立"). */
    private static List<List<String>> bothScripts(List<String> han, List<String> syllables) {
        List<List<String>> mixed = new ArrayList<>();
        for (int latin = 1; latin < (1 << han.size()) - 1; latin++) {
            List<String> form = new ArrayList<>();
            for (int i = 0; i < han.size(); i++) {
                form.add((latin & (1 << i)) != 0 ? syllables.get(i) : han.get(i));
            }
            mixed.add(form);
        }
        return mixed;
    }

    /**
     * The short forms of a person's name, as patterns: a title and the surname, an initial and the
     * other name; for a Chinese name also the Chinese forms of address. None for one word alone.
     */
    private static List<String> shortForms(String term) {
        List<String> words = words(term.toLowerCase(Locale.ROOT)); // unfolded: an initial is the letter written, before any skeleton
        List<String> patterns = new ArrayList<>();
        if (words.size() < 2 || words.size() > 4 || words.stream().anyMatch(word -> !Character.isLetter(word.codePointAt(0)))) {
            return patterns;
        }
        if (words.stream().allMatch(word -> Folding.isHan(word.codePointAt(0)))) {
            int surname = surnameLength(words);
            String han = Folding.fold(String.join("", words.subList(0, surname)));
            AFTER_SURNAME.forEach(title -> patterns.add(Pattern.quote(han) + HAN_SEPARATORS + Pattern.quote(Folding.fold(title))));
            BEFORE_SURNAME.forEach(title -> patterns.add(Pattern.quote(Folding.fold(title)) + Pattern.quote(han)));
            List<String> syllables = pinyin(words);
            if (syllables.size() == words.size()) {
                patterns.addAll(latinShortForms(String.join("", syllables.subList(0, surname)),
                        String.join("", syllables.subList(surname, syllables.size()))));
            }
        } else if (words.stream().noneMatch(word -> Folding.isHan(word.codePointAt(0)))) {
            patterns.addAll(latinShortForms(words.get(0), words.get(words.size() - 1)));
        }
        return patterns;
    }

    /** For a name's first and last word, either of which may be the surname: "Ms Chen", "Ms Li", "C. Li", "L. Chen"; folded. */
    private static List<String> latinShortForms(String first, String last) {
        List<String> patterns = new ArrayList<>();
        for (String[] surnameAndOther : List.of(new String[] {first, last}, new String[] {last, first})) {
            String surname = Pattern.quote(Folding.fold(surnameAndOther[0]));
            String other = surnameAndOther[1];
            TITLES.forEach(title -> patterns.add(Pattern.quote(Folding.fold(title)) + AFTER_ABBREVIATION + surname));
            patterns.add(Pattern.quote(Folding.fold(other.substring(0, other.offsetByCodePoints(0, 1)))) + AFTER_ABBREVIATION + surname);
        }
        return patterns;
    }

    /** A Chinese name's surname is its first character, or its first two in a name of four (欧阳, 司马). */
    private static int surnameLength(List<String> han) {
        return han.size() == 4 ? 2 : 1;
    }

    /** The name's characters in pinyin, one syllable each, not folded. */
    private static List<String> pinyin(List<String> han) {
        return words(PINYIN.get().transliterate(String.join(" ", han)).toLowerCase(Locale.ROOT));
    }

    private static List<String> lastFirst(List<String> words) {
        List<String> turned = new ArrayList<>();
        turned.add(words.get(words.size() - 1));
        turned.addAll(words.subList(0, words.size() - 1));
        return turned;
    }

    /**
     * Runs of letters and digits, and each Chinese character on its own; between them a separator
     * is dropped (any other may stand in its place) and any other sign is kept ("@" in an address).
     */
    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(codePoint -> {
            if (Character.isLetterOrDigit(codePoint) && !Folding.isHan(codePoint)) {
                word.appendCodePoint(codePoint);
                return;
            }
            flush(words, word);
            if (!SEPARATOR.matcher(Character.toString(codePoint)).matches()) {
                words.add(Character.toString(codePoint));
            }
        });
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
