package org.dossier.model;

import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.OnRecord;
import org.dossier.model.Evidence.Stance;

/**
 * An excerpt to attach to a claim: a span of an item's text (the excerpt is taken from the item,
 * so it is the evidence's exact words), its kind and stance, and for an on-record statement or a
 * confidential source, who.
 */
public record NewEvidence(EvidenceKind kind, Stance stance, long itemId, Span span, OnRecord onRecord, Long confidentialSourceId) {
    public NewEvidence {
        if (span.end() <= span.start()) {
            throw new IllegalArgumentException("an excerpt needs at least one character");
        }
        if (kind == EvidenceKind.ON_RECORD && (onRecord == null || onRecord.speaker() == null || onRecord.speaker().isBlank())) {
            throw new IllegalArgumentException("an on-record statement needs who said it");
        }
        if (kind == EvidenceKind.CONFIDENTIAL && confidentialSourceId == null) {
            throw new IllegalArgumentException("a confidential source needs its pseudonym");
        }
    }
}
