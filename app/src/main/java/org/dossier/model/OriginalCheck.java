package org.dossier.model;

/** The outcome of re-hashing one original file against the hash recorded at import. */
public record OriginalCheck(String path, Sha256 expected, Status status) {
    public enum Status { MATCHES, CHANGED, MISSING }
}
