package org.dossier.export;

import java.util.ArrayList;
import java.util.List;

/** A citation in words: "2023-11-20 Stop using Lumina.eml, page 2, 陈立 Chen Li, 2023-11-20 18:40 CST, SHA-256 3f2a…". */
final class CitationText {
    private CitationText() {
    }

    static String of(CitationLine citation) {
        if (citation == null) {
            return "added by the reporter";
        }
        List<String> parts = new ArrayList<>();
        parts.add(citation.source());
        if (citation.page() != null) {
            parts.add("page " + citation.page());
        }
        if (citation.author() != null) {
            parts.add(citation.author());
        }
        if (citation.when() != null) {
            parts.add(citation.when());
        }
        if (citation.fingerprint() != null) {
            parts.add(citation.fingerprint().shortForm());
        }
        return String.join(", ", parts);
    }
}
