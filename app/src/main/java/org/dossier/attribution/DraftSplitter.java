package org.dossier.attribution;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.store.ClaimStore.DraftClaim;

/**
 * Cuts a story draft into claims: one a sentence, in English or Chinese, under the section of the
 * heading above it (a line starting with #). A sentence does not end after a title or an
 * abbreviation ("Mr.", "U.S.", "Inc.").
 */
public final class DraftSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "inc.", "co.",
            "corp.", "ltd.", "no.", "vs.", "e.g.", "i.e.", "u.s.", "u.k.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    private DraftSplitter() {
    }

    public static List<DraftClaim> split(String draft) {
        List<DraftClaim> claims = new ArrayList<>();
        String section = null;
        StringBuilder paragraph = new StringBuilder();
        for (String line : draft.replace("\r\n", "\n").split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty()) {
                sentences(paragraph.toString(), section, claims);
                paragraph.setLength(0);
                if (stripped.startsWith("#")) {
                    String heading = stripped.replaceFirst("^#+", "").strip();
                    section = heading.isEmpty() ? null : heading;
                }
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(stripped);
            }
        }
        sentences(paragraph.toString(), section, claims);
        return claims;
    }

    private static void sentences(String paragraph, String section, List<DraftClaim> claims) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(paragraph);
        StringBuilder sentence = new StringBuilder();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            sentence.append(paragraph, start, end);
            if (!endsWithAbbreviation(sentence)) {
                add(sentence, section, claims);
            }
        }
        add(sentence, section, claims);
    }

    private static boolean endsWithAbbreviation(StringBuilder sentence) {
        String text = sentence.toString().strip();
        int space = text.lastIndexOf(' ');
        return ABBREVIATIONS.contains(text.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    private static void add(StringBuilder sentence, String section, List<DraftClaim> claims) {
        if (!sentence.toString().isBlank()) {
            claims.add(new DraftClaim(sentence.toString().strip(), section));
        }
        sentence.setLength(0);
    }
}
