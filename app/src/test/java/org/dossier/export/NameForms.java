package org.dossier.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The hostile reader's list: seventy-three written forms of one confidential person (test resource
 * export/name-forms.txt), and the test's own way of telling whether a text still names them,
 * written apart from both the redactor and the leak gate: decode what a reader would decode, fold
 * (NFKC, ICU's Latin-ASCII, a negative circled letter as its letter, case, UTS #39 skeleton,
 * Traditional to Simplified), keep only letters, and look for the name either way round, in both
 * scripts, or as "Ms Chen", "陈女士", "L. Chen" call her; keep only digits, and look for the phone number.
 */
final class NameForms {
    static final String REDACTED_NAME = "Chen Li";
    static final String REDACTED_CHINESE = "陈立";
    static final String ADDRESS = "chen.li@halcyon-dynamics.example";
    static final String PHONE = "+86 138 0013 8000";
    private static final List<String> GIVE_AWAY = List.of("chenli", "lichen", "陈立", "陈li", "chen立", "mschen", "mrchen", "陈女士", "老陈",
            "lchen");
    private static final Pattern NEGATIVE_LETTER = Pattern.compile("NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER ([A-Z])");
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final String PHONE_DIGITS = "13800138000";
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
    private static final Pattern NAMED = Pattern.compile("\\{U\\+([0-9A-F]{4,5})}");
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final SpoofChecker SKELETON = new SpoofChecker.Builder().build();
    private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Hant-Hans");

    private NameForms() {
    }

    static List<String> all() throws IOException {
        List<String> forms = new ArrayList<>();
        try (InputStream in = NameForms.class.getResourceAsStream("/export/name-forms.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    Matcher named = NAMED.matcher(line);
                    forms.add(named.replaceAll(match -> Character.toString(Integer.parseInt(match.group(1), 16))));
                }
            }
        }
        return forms;
    }

    /** What in this text still gives the person away, if anything. */
    static Optional<String> giveAway(String text) {
        String unescaped = Parser.unescapeEntities(text.replace("\\u9648\\u7acb", "陈立"), false);
        String decoded = PERCENT.matcher(unescaped).replaceAll(run -> Matcher.quoteReplacement(URLDecoder.decode(run.group(),
                StandardCharsets.UTF_8)));
        StringBuilder plain = new StringBuilder();
        LATIN_ASCII.transliterate(decoded).codePoints().forEach(codePoint -> {
            Matcher negative = NEGATIVE_LETTER.matcher(String.valueOf(UCharacter.getName(codePoint)));
            plain.append(negative.matches() ? negative.group(1) : Character.toString(codePoint));
        });
        String letters = SIMPLIFIED.transliterate(FOLD.normalize(SKELETON.getSkeleton(FOLD.normalize(plain.toString()))))
                .codePoints().filter(Character::isLetter).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replace("redacted", " ");
        for (String name : GIVE_AWAY) {
            if (letters.contains(SIMPLIFIED.transliterate(FOLD.normalize(SKELETON.getSkeleton(name))))) {
                return Optional.of(name);
            }
        }
        String digits = FOLD.normalize(decoded).replaceAll("\\D", "");
        return digits.contains(PHONE_DIGITS) ? Optional.of(PHONE_DIGITS) : Optional.empty();
    }
}
