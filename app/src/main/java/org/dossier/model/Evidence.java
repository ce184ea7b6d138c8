package org.dossier.model;

import java.time.Instant;

/**
 * An excerpt of the evidence attached to a claim: the exact words, where they are (item, span,
 * file as received), what kind of source they are and whether they support the claim.
 *
 * @param onRecord           for an on-record statement: who said it, when, to whom; else null
 * @param confidentialSource for a confidential human source: its pseudonym (never its identity); else null
 * @param independence       what makes this source one source: excerpts sharing it count once
 */
public record Evidence(long id, long claimId, EvidenceKind kind, Stance stance, long itemId, Span span, String excerpt,
                       String sourcePath, OnRecord onRecord, String confidentialSource, String independence,
                       String createdBy, Instant createdAt) {

    /** What kind of source an excerpt is. */
    public enum EvidenceKind {
        DOCUMENT, CHAT_MESSAGE, ON_RECORD, CONFIDENTIAL, PUBLIC_RECORD
    }

    /** What an excerpt does to a claim. */
    public enum Stance {
        SUPPORTS, CONTRADICTS, CONTEXT
    }

    /**
     * Who said an on-record statement, when and to whom.
     *
     * @param byPartyConcerned whether the speaker speaks for the party the claim is about: such a
     *                         statement alone corroborates the claim
     */
    public record OnRecord(String speaker, Instant spokenAt, String spokenTo, boolean byPartyConcerned) {
    }
}
