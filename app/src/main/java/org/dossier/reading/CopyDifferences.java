package org.dossier.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between two near-copies, line by line: the lines of each that the other does not
 * have, in the order written, as often as they are missing. Lines are compared with their spaces
 * collapsed, since a PDF and a DOCX of one text lay out their lines otherwise; blank lines are not
 * differences.
 *
 * @param onlyInFirst  the first copy's lines the second lacks
 * @param onlyInSecond the second copy's lines the first lacks
 */
public record CopyDifferences(List<String> onlyInFirst, List<String> onlyInSecond) {
    public CopyDifferences {
        onlyInFirst = List.copyOf(onlyInFirst);
        onlyInSecond = List.copyOf(onlyInSecond);
    }

    public static CopyDifferences of(String first, String second) {
        return new CopyDifferences(missing(first, second), missing(second, first));
    }

    /** The lines of {@code text} that {@code other} does not hold as many times. */
    private static List<String> missing(String text, String other) {
        Map<String, Integer> available = new HashMap<>();
        other.lines().map(CopyDifferences::normal).filter(line -> !line.isEmpty()).forEach(line -> available.merge(line, 1, Integer::sum));
        return text.lines().map(CopyDifferences::normal).filter(line -> !line.isEmpty())
                .filter(line -> available.merge(line, -1, Integer::sum) < 0).toList();
    }

    private static String normal(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
