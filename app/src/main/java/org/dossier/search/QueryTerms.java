package org.dossier.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a reporter types into terms: words separated by spaces, or "a quoted phrase" kept
 * whole. Every term must match. Nothing else is syntax, so any text can be searched for.
 */
public final class QueryTerms {
    private QueryTerms() {
    }

    public static List<String> parse(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                add(terms, current);
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                add(terms, current);
            } else {
                current.append(c);
            }
        }
        add(terms, current);
        return terms;
    }

    private static void add(List<String> terms, StringBuilder current) {
        String term = current.toString().strip();
        if (!term.isEmpty()) {
            terms.add(term);
        }
        current.setLength(0);
    }
}
