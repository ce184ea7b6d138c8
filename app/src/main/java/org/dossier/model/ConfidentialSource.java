package org.dossier.model;

/**
 * A human source who spoke on condition of anonymity: known in the case by a pseudonym, with a
 * private note. Their real identity, if recorded at all, stays in the case file: it is never shown
 * on the board, written to the audit log or exported.
 */
public record ConfidentialSource(long id, String pseudonym, String privateNote, boolean identityRecorded) {
}
