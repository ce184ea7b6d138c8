package org.dossier.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Citation;

/** A citation in words: "2023-11-20 Stop using Lumina.eml, page 2, 陈立 Chen Li, 2023-11-20 18:40 CST, SHA-256 3f2a…". */
final class CitationText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private CitationText() {
    }

    static String of(Citation citation, ZoneId zone) {
        if (citation == null) {
            return "added by the reporter";
        }
        List<String> parts = new ArrayList<>();
        parts.add(citation.fileName());
        if (citation.page() != null) {
            parts.add("page " + citation.page());
        }
        if (citation.author() != null) {
            parts.add(citation.author());
        }
        if (citation.occurredAt() != null) {
            parts.add(WHEN.format(citation.occurredAt().atZone(zone)));
        }
        parts.add("SHA-256 " + citation.shortHash() + "…");
        return String.join(", ", parts);
    }
}
