package org.dossier.export;

import java.time.Instant;
import java.util.Objects;
import org.dossier.model.Citation;
import org.dossier.model.Evidence;
import org.dossier.model.Item;
import org.dossier.model.Reply;
import org.dossier.model.Span;
import org.dossier.model.StoryEvent;

/**
 * The manifest's entries for what an export cites, open or sealed. An open entry says where the
 * words are in the case (item, character offsets), the SHA-256 of the file they came from and of the
 * words, and when the file was imported. An entry the export must not show in the clear (a
 * confidential source's excerpt, or one from a file that holds a hidden word) keeps only where the
 * export shows it and a {@link Seal seal} of the open entry: {@code verify-export} rebuilds the
 * open entry from the case and checks the seal; nobody else can learn or confirm anything from it.
 */
final class CitedExcerpts {
    /**
     * An excerpt an export cites: where it shows, its item, its span (or null, when the words are
     * found in the item's text instead), and the words.
     */
    record Citing(String ref, long itemId, Span span, String words) {
        static Citing of(String ref, StoryEvent pinned) {
            return new Citing(ref, pinned.event().itemId(), pinned.event().span(), pinned.event().excerpt());
        }

        static Citing of(String ref, Evidence evidence) {
            return new Citing(ref, evidence.itemId(), evidence.span(), evidence.excerpt());
        }
    }

    private CitedExcerpts() {
    }

    /** The entry for an excerpt the export shows. */
    static ProvenanceManifest.Cited entry(Protection protection, Citing citing) {
        Item item = protection.item(citing.itemId());
        ProvenanceManifest.Cited open = open(citing, item, protection.importedAt(item.provenance().sourceId()).orElse(null));
        if (!protection.sealed(item)) {
            return withNames(open, protection.redactor(), protection.ocrReading(item.id()).orElse(null));
        }
        Protection.Confidential confidential = protection.confidential(item.id());
        String file = confidential != null ? "confidential source “" + confidential.pseudonym() + "”"
                : protection.redactor().text("manifest", open.file());
        return ProvenanceManifest.Cited.sealed(citing.ref(), file, protection.seal(canonical(open)));
    }

    /** The open entry for an excerpt of an item, as the case has it now (names not yet redacted). */
    static ProvenanceManifest.Cited open(Citing citing, Item item, Instant importedAt) {
        String text = item.text() == null ? "" : item.text();
        Span span = spanIn(text, citing);
        String locator = item.provenance().locator() == null || item.provenance().locator().isEmpty() ? null : item.provenance().locator();
        return new ProvenanceManifest.Cited(citing.ref(), item.id(), item.provenance().sha256().hex(),
                Citation.fileNameOf(item.provenance().path()), locator, span == null ? null : span.start(), span == null ? null : span.end(),
                span == null ? null : Fingerprint.of(text.substring(span.start(), span.end())), importedAt, null, null);
    }

    /** What a seal covers: where the export shows it, and everything the open entry would say of the evidence (not the names, which redaction may change). */
    static String canonical(ProvenanceManifest.Cited open) {
        return open.ref() + "\n" + evidenceOf(open);
    }

    /** What the open entry says of the evidence, wherever an export shows it. */
    static String evidenceOf(ProvenanceManifest.Cited open) {
        return String.join("\n", String.valueOf(open.itemId()), open.sha256(), String.valueOf(open.start()),
                String.valueOf(open.end()), String.valueOf(open.excerptSha256()), String.valueOf(open.importedAt()));
    }

    /** A reply quoted from a file, open; or sealed while the memo hides anything, since the file was never read for hidden words. */
    static ProvenanceManifest.QuotedReply reply(Protection protection, Reply reply, String ref) {
        ProvenanceManifest.QuotedReply open = openReply(reply, ref);
        String file = protection.redactor().text("manifest", open.file());
        return protection.hidesAnything() ? ProvenanceManifest.QuotedReply.sealed(open.ref(), open.replyId(), file,
                protection.seal(canonical(open))) : new ProvenanceManifest.QuotedReply(open.ref(), open.replyId(), file, open.sha256(),
                open.start(), open.end(), open.wordsSha256(), null);
    }

    static ProvenanceManifest.QuotedReply openReply(Reply reply, String ref) {
        return new ProvenanceManifest.QuotedReply(ref, reply.id(),
                reply.source().fileName(), reply.source().sha256().hex(), reply.source().passage().start(),
                reply.source().passage().end(), reply.statement() == null ? null : Fingerprint.of(reply.statement()), null);
    }

    static String canonical(ProvenanceManifest.QuotedReply open) {
        return String.join("\n", open.ref(), String.valueOf(open.replyId()), open.sha256(), String.valueOf(open.start()),
                String.valueOf(open.end()), String.valueOf(open.wordsSha256()));
    }

    /** The open entry as the export prints it: names redacted, and how OCR read the words, if it did. */
    private static ProvenanceManifest.Cited withNames(ProvenanceManifest.Cited open, Redactor redactor, String ocr) {
        return new ProvenanceManifest.Cited(open.ref(), open.itemId(), open.sha256(), redactor.text("manifest", open.file()),
                redactor.text("manifest", open.locator()), open.start(), open.end(), open.excerptSha256(), open.importedAt(), ocr, null);
    }

    /** The excerpt's place in the text: its span, or where its words are (a message quoted whole), or null. */
    private static Span spanIn(String text, Citing citing) {
        if (citing.span() != null) {
            return new Span(Math.min(citing.span().start(), text.length()), Math.min(citing.span().end(), text.length()));
        }
        int at = Objects.requireNonNullElse(citing.words(), "").isEmpty() ? -1 : text.indexOf(citing.words());
        return at < 0 ? null : new Span(at, at + citing.words().length());
    }
}
