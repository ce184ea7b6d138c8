package org.dossier.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides the marked terms in every text an export writes, and keeps the places it hid them for the
 * preview. A term matches whatever its case and however its words are spaced or broken across
 * lines; a phone number matches however its digits are grouped; a Latin name matches as whole
 * words only ("Li" not in "Lidl"), a Chinese one anywhere, since Chinese is written without spaces.
 * A person is also their address: the address written after a hidden name ("Chen Li
 * &lt;cli@example.org&gt;") goes with it, and so does an address made of the name's words
 * ("chen.li@…", "chen_li@…", "chenli@…") wherever it stands.
 */
final class Redactor {
    static final String MARK = "[redacted]";
    /** How many characters of the redacted text the preview shows each side of a mark. */
    private static final int AROUND = 40;
    /** How far before and after some characters a hidden name could begin or end and still cross into them. */
    private static final int NEIGHBOURHOOD = 256;
    private static final Pattern NUMBER = Pattern.compile("\\+?[\\d\\s().-]*\\d[\\d\\s().-]*");
    private static final String NUMBER_SEPARATORS = "[\\s().-]*";
    /** An address in angle brackets just after a name, as mail headers and signatures write it. */
    private static final Pattern ADDRESS_AFTER = Pattern.compile("\\s*<[^<>\\s@]+@[^<>\\s]+>");

    private final Pattern pattern;
    private final List<RedactionPlace> places = new ArrayList<>();
    private final List<String> pictures = new ArrayList<>();

    Redactor(Collection<String> terms) {
        String alternatives = terms.stream().map(String::strip).filter(term -> !term.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Redactor::regex).collect(Collectors.joining("|"));
        pattern = alternatives.isEmpty() ? null : Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Whether the export hides anything within these characters of a text, a name that crosses
     * into them included: their fingerprint would then let a guess of the hidden words be checked.
     */
    boolean hidesWithin(String text, int start, int end) {
        int from = Math.max(0, start - NEIGHBOURHOOD);
        List<int[]> found = find(text.substring(from, Math.min(text.length(), end + NEIGHBOURHOOD)));
        return found.stream().anyMatch(match -> match[0] + from < end && match[1] + from > start);
    }

    /**
     * Notes a picture an export embeds as it is, for the preview: no mark can go on what it shows.
     * Only while something is to be redacted, since only then could a picture give it away.
     */
    void pictureAsItIs(String where, String fileName) {
        if (pattern != null) {
            pictures.add(where + ": " + fileName);
        }
    }

    /** The places hidden so far, and the pictures noted. */
    RedactionPreview preview() {
        return new RedactionPreview(places, pictures);
    }

    /** The text with every term hidden; null stays null. */
    String text(String where, String text) {
        return text == null ? null : parts(where, List.of(text)).get(0);
    }

    /**
     * Texts shown one after the other (the words before an excerpt, the excerpt, the words after),
     * redacted as one, so a name that crosses from one into the next is hidden in both.
     */
    List<String> parts(String where, List<String> parts) {
        String whole = String.join("", parts);
        List<int[]> found = find(whole);
        if (found.isEmpty()) {
            return parts;
        }
        remember(where, whole, found);
        List<String> redacted = new ArrayList<>(parts.size());
        int start = 0;
        for (String part : parts) {
            int end = start + part.length();
            StringBuilder out = new StringBuilder(part.length());
            int at = start;
            for (int[] match : found) {
                if (match[1] <= start || match[0] >= end) {
                    continue;
                }
                out.append(whole, at, Math.max(match[0], start));
                if (match[0] >= start) {
                    out.append(MARK);
                }
                at = Math.min(match[1], end);
            }
            redacted.add(out.append(whole, at, end).toString());
            start = end;
        }
        return redacted;
    }

    private List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        if (pattern != null) {
            Matcher matcher = pattern.matcher(text);
            Matcher address = ADDRESS_AFTER.matcher(text);
            for (int from = 0; from < text.length() && matcher.find(from); ) {
                int end = matcher.end();
                if (address.region(end, text.length()).lookingAt()) {
                    end = address.end();
                }
                found.add(new int[] {matcher.start(), end});
                from = Math.max(end, matcher.start() + 1); // the address taken with the name is not found again
            }
        }
        return found;
    }

    private void remember(String where, String whole, List<int[]> found) {
        StringBuilder redacted = new StringBuilder();
        List<Integer> marks = new ArrayList<>();
        int at = 0;
        for (int[] match : found) {
            redacted.append(whole, at, match[0]);
            marks.add(redacted.length());
            redacted.append(MARK);
            at = match[1];
        }
        redacted.append(whole, at, whole.length());
        for (int i = 0; i < found.size(); i++) {
            int mark = marks.get(i);
            String shown = redacted.substring(Math.max(0, mark - AROUND), Math.min(redacted.length(), mark + MARK.length() + AROUND));
            places.add(new RedactionPlace(where, whole.substring(found.get(i)[0], found.get(i)[1]), shown.replaceAll("\\s+", " ")));
        }
    }

    private static String regex(String term) {
        if (NUMBER.matcher(term).matches() && term.chars().filter(Character::isDigit).count() >= 5) {
            String digits = term.chars().filter(c -> Character.isDigit(c) || c == '+')
                    .mapToObj(c -> Pattern.quote(Character.toString(c))).collect(Collectors.joining(NUMBER_SEPARATORS));
            return "(?<!\\d)" + digits + "(?!\\d)";
        }
        String[] split = term.split("\\s+");
        String words = Arrays.stream(split).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        String before = isWordLike(term.codePointAt(0)) ? "(?<![\\p{IsLatin}\\p{N}])" : "";
        String after = isWordLike(term.codePointBefore(term.length())) ? "(?![\\p{IsLatin}\\p{N}])" : "";
        String name = before + words + after;
        if (split.length < 2 || !term.chars().allMatch(c -> c == ' ' || isWordLike(c))) {
            return name;
        }
        String address = "(?<![\\w.+-])" + Arrays.stream(split).map(Pattern::quote).collect(Collectors.joining("[._-]?"))
                + "@[\\w-]+(?:\\.[\\w-]+)+";
        return address + "|" + name;
    }

    /** A Latin letter or a digit: a character that joins others into a word. */
    private static boolean isWordLike(int codePoint) {
        return Character.isDigit(codePoint) || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
