package org.dossier.export;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.text.Folding;

/**
 * The forms a marked term takes, as one pattern over {@link org.dossier.text.FoldedText folded}
 * text. A number ("+86 138 0013 8000") is its digits however they are grouped. Anything else is
 * its words (a Chinese character is a word of its own) in the order written, joined by any
 * separator or none ("Chen Li", "CHEN, Li", "chen_li", "chen-li", "ChenLi", "Chen+Li", "陈 立");
 * a Latin name of several words also with its last word first ("Li Chen"), and a name of two to
 * four Chinese characters also in pinyin, both ways round ("陈立" is also "Chen Li" and "Li Chen").
 * Where a match may stand is {@link Redactor}'s business.
 */
final class RedactionTerms {
    private static final Pattern NUMBER = Pattern.compile("\\+?[\\d\\s().-]*\\d[\\d\\s().-]*");
    private static final int NUMBER_DIGITS = 5;
    static final Pattern EMAIL = Pattern.compile("([\\p{L}\\p{N}._%+\\-]+)@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+");
    /** A run of Chinese characters, or a run of anything else, within a name written in both scripts. */
    private static final Pattern SCRIPT_RUN = Pattern.compile("[\\p{IsHan}]+|[^\\p{IsHan}]+");
    private static final String DIGIT_SEPARATORS = "[ ().\\-]*";
    /** What may join the words of a name: spaces, dashes, underscores, dots, plus, commas, apostrophes, a middle dot; or nothing. */
    private static final String WORD_SEPARATORS = "[ \\p{Pd}\\p{Pc},.+·・'’]*";
    private static final String HAN_SEPARATORS = "[ \\p{Pd}\\p{Pc}·・]*";
    private static final Pattern SEPARATOR = Pattern.compile(WORD_SEPARATORS.replace("*", ""));
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

    /** Its digits with any grouping between them, the country code's plus optional, and no digit either side. */
    private static String number(String term) {
        String digits = Folding.fold(term).chars().filter(Character::isDigit).mapToObj(Character::toString)
                .collect(Collectors.joining(DIGIT_SEPARATORS));
        return "(?<![0-9])(?:\\+" + DIGIT_SEPARATORS + ")?" + digits + "(?![0-9])";
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
            List<String> syllables = words(PINYIN.get().transliterate(String.join("", words)).toLowerCase(java.util.Locale.ROOT));
            int surname = words.size() == 4 ? 2 : 1;
            forms.add(syllables);
            List<String> givenFirst = new ArrayList<>(syllables.subList(surname, syllables.size()));
            givenFirst.addAll(syllables.subList(0, surname));
            forms.add(givenFirst);
        }
        return forms;
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
