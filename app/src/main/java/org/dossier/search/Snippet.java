package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.text.SimplifiedHan;

/**
 * A short window of an item's text around the first match, on one line, with every match inside
 * it marked. Matching ignores case and Chinese script, as the index does: it compares the text's
 * {@link SimplifiedHan#of Simplified form} with the terms', whose offsets are the text's, so
 * the window shows the text as written and marks the characters that wrote the match.
 */
record Snippet(String text, List<Span> highlights) {
    private static final int BEFORE = 60;
    private static final int WIDTH = 200;
    private static final String ELLIPSIS = "…";

    static Snippet around(String text, List<String> terms) {
        String matched = SimplifiedHan.of(text);
        List<String> sought = simplified(terms);
        int first = Math.max(0, firstMatchIn(matched, sought));
        int start = Math.max(0, first - BEFORE);
        int end = Math.min(text.length(), start + WIDTH);
        String prefix = start > 0 ? ELLIPSIS : "";
        String window = prefix + oneLine(text.substring(start, end)) + (end < text.length() ? ELLIPSIS : "");
        List<Span> highlights = new ArrayList<>();
        for (String term : sought) {
            for (int at = indexOfIgnoreCase(matched, term, start); at >= 0 && at + term.length() <= end;
                 at = indexOfIgnoreCase(matched, term, at + term.length())) {
                highlights.add(new Span(at - start + prefix.length(), at - start + prefix.length() + term.length()));
            }
        }
        highlights.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Snippet(window, merge(highlights));
    }

    /** Where the first of the terms occurs in the text and how long it is there; null when none does. */
    static Span firstMatch(String text, List<String> terms) {
        String matched = SimplifiedHan.of(text);
        List<String> sought = simplified(terms);
        int at = firstMatchIn(matched, sought);
        if (at < 0) {
            return null;
        }
        int length = sought.stream().filter(term -> indexOfIgnoreCase(matched, term, at) == at).mapToInt(String::length).max().orElse(0);
        return new Span(at, at + length);
    }

    private static List<String> simplified(List<String> terms) {
        return terms.stream().map(SimplifiedHan::of).toList();
    }

    /** Where the first of the terms occurs in the text, ignoring case; -1 when none does. */
    private static int firstMatchIn(String text, List<String> terms) {
        int first = -1;
        for (String term : terms) {
            int at = indexOfIgnoreCase(text, term, 0);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The snippet with each match between « and », for plain-text output. */
    String marked() {
        StringBuilder out = new StringBuilder(text);
        for (int i = highlights.size() - 1; i >= 0; i--) {
            out.insert(highlights.get(i).end(), '»').insert(highlights.get(i).start(), '«');
        }
        return out.toString();
    }

    private static List<Span> merge(List<Span> sorted) {
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Line breaks and page breaks become spaces, one for one, so offsets stay true. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\f', ' ').replace('\t', ' ');
    }

    private static int indexOfIgnoreCase(String text, String term, int from) {
        for (int i = Math.max(0, from); i + term.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }
}
