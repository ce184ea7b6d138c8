package org.dossier.attribution;

import java.time.Instant;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Span;

/**
 * The excerpt a reporter means when they attach an item to a claim: its item, the span and the
 * words, the kind of evidence the item is, and when it was said or written (for an on-record
 * statement), or null.
 */
public record ExcerptProposal(long itemId, Span span, String text, EvidenceKind kind, Instant said) {
}
