package org.dossier.export;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Citation;
import org.dossier.model.Item;
import org.dossier.model.Span;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;

/**
 * Turns the excerpts an export cites into the manifest's entries, reading each item from the case:
 * its file's SHA-256 and import time, and the SHA-256 of the words at the excerpt's offsets unless
 * the export hides any of them. File names and places go through the export's redactor; a
 * confidential source keeps only its pseudonym.
 */
final class CitedExcerpts {
    /**
     * An excerpt an export cites: where it shows, its item, its span (or null, when the words are
     * found in the item's text instead), the words, and its confidential source's pseudonym or null.
     */
    record Citing(String ref, long itemId, Span span, String words, String pseudonym) {
    }

    private CitedExcerpts() {
    }

    static List<ProvenanceManifest.Cited> of(CaseFile caseFile, List<Citing> citing, Redactor redactor) {
        List<ProvenanceManifest.Cited> cited = new ArrayList<>();
        try (ItemReader items = caseFile.newItemReader()) {
            for (Citing each : citing) {
                Item item = items.item(each.itemId()).orElseThrow();
                String text = item.text() == null ? "" : item.text();
                Span span = spanIn(text, each);
                boolean confidential = each.pseudonym() != null;
                String file = confidential ? "confidential source “" + each.pseudonym() + "”"
                        : redactor.text("manifest", Citation.fileNameOf(item.provenance().path()));
                String locator = confidential || item.provenance().locator() == null || item.provenance().locator().isEmpty() ? null
                        : redactor.text("manifest", item.provenance().locator());
                boolean redacted = span != null && redactor.hidesWithin(text, span.start(), span.end());
                cited.add(new ProvenanceManifest.Cited(each.ref(), item.id(), item.provenance().sha256().hex(), file, locator,
                        span == null ? null : span.start(), span == null ? null : span.end(),
                        span == null || redacted ? null : Fingerprint.of(text.substring(span.start(), span.end())), redacted,
                        items.importedAt(item.provenance().sourceId()).orElse(null)));
            }
        }
        return cited;
    }

    /** The excerpt's place in the text: its span, or where its words are (a message quoted whole), or null. */
    private static Span spanIn(String text, Citing citing) {
        if (citing.span() != null) {
            return new Span(Math.min(citing.span().start(), text.length()), Math.min(citing.span().end(), text.length()));
        }
        int at = citing.words() == null || citing.words().isEmpty() ? -1 : text.indexOf(citing.words());
        return at < 0 ? null : new Span(at, at + citing.words().length());
    }
}
