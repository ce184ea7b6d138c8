package org.dossier.export.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One text searched for the forbidden words: its Latin words in order, its runs of Chinese characters
 * (spaces and joining signs between them ignored), and its numbers as digits (whatever groups them).
 */
final class Scan {
    private static final String JOINING = "-_.·・\u2010\u2011\u2012\u2013\u2014";
    private final List<String> words;
    private final List<String> han;
    private final List<String> numbers;
    private final String folded;

    Scan(String text) {
        folded = GateText.folded(text);
        words = latinWords(folded);
        han = hanSpaced(folded);
        numbers = numbers(GateText.decoded(text));
    }

    /** The first forbidden word this text holds. */
    Optional<ForbiddenWords.Unit> find(List<ForbiddenWords.Unit> units) {
        return units.stream().filter(this::holds).findFirst();
    }

    private boolean holds(ForbiddenWords.Unit unit) {
        if (unit.han() != null) {
            return han.stream().anyMatch(run -> run.contains(unit.han()));
        }
        if (unit.digits() != null) {
            return numbers.stream().anyMatch(number -> number.contains(unit.digits()));
        }
        if (unit.mixed() != null) {
            return unit.mixed().matcher(folded).find();
        }
        List<String> latin = unit.latin();
        if (inSequence(latin) || latin.size() > 1 && inSequence(lastFirst(latin))) {
            return true;
        }
        if (latin.stream().anyMatch(word -> word.length() == 1)) {
            return false; // an initial is never run together with a name: "C. Li" is not "CLI"
        }
        String joined = String.join("", latin);
        String turned = String.join("", lastFirst(latin));
        return words.contains(joined) || words.contains(turned);
    }

    private boolean inSequence(List<String> sequence) {
        for (int i = 0; i + sequence.size() <= words.size(); i++) {
            if (words.subList(i, i + sequence.size()).equals(sequence)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lastFirst(List<String> words) {
        List<String> turned = new ArrayList<>();
        turned.add(words.get(words.size() - 1));
        turned.addAll(words.subList(0, words.size() - 1));
        return turned;
    }

    /** The runs of letters that are not Chinese, in order. */
    static List<String> latinWords(String folded) {
        return runs(folded, codePoint -> Character.isLetter(codePoint) && !isHan(codePoint), codePoint -> false);
    }

    /** The runs of Chinese characters, each whole. */
    static List<String> hanRuns(String folded) {
        return runs(folded, Scan::isHan, codePoint -> false);
    }

    /** Runs of the members, in order; a character {@code skipped} neither joins nor breaks a run. */
    private static List<String> runs(String folded, IntPredicate member, IntPredicate skipped) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        folded.codePoints().forEach(codePoint -> {
            if (member.test(codePoint)) {
                run.appendCodePoint(codePoint);
            } else if (!skipped.test(codePoint) && !run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** Every Chinese character of the text, and nothing else. */
    static String hanOnly(String folded) {
        StringBuilder han = new StringBuilder();
        folded.codePoints().filter(Scan::isHan).forEach(han::appendCodePoint);
        return han.toString();
    }

    /** Runs of Chinese characters, each whole, where spaces and joining signs between them ("陈 立", "陈·立") do not break a run. */
    private static List<String> hanSpaced(String folded) {
        return runs(folded, Scan::isHan, codePoint -> Character.isWhitespace(codePoint) || JOINING.indexOf(codePoint) >= 0);
    }

    /** Digits in ASCII, whatever script wrote them. */
    static String asciiDigits(String digits) {
        StringBuilder ascii = new StringBuilder();
        digits.codePoints().forEach(codePoint -> ascii.append(Character.digit(codePoint, 10)));
        return ascii.toString();
    }

    /** Each run of digits and the signs that group them ("+86 (138) 0013–8000", "138/0013/8000"), as its digits. */
    private static List<String> numbers(String decoded) {
        List<String> found = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        decoded.codePoints().forEach(codePoint -> {
            if (Character.isDigit(codePoint)) {
                digits.append(Character.digit(codePoint, 10));
            } else if (!groupsDigits(codePoint) && !digits.isEmpty()) {
                found.add(digits.toString());
                digits.setLength(0);
            }
        });
        if (!digits.isEmpty()) {
            found.add(digits.toString());
        }
        return found;
    }

    private static boolean groupsDigits(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || "()+.,/·・\u2212".indexOf(codePoint) >= 0;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
