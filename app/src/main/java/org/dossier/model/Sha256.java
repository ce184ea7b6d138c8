package org.dossier.model;

import java.util.regex.Pattern;

/** A SHA-256 digest in lower-case hex: the identity of a file's bytes. */
public record Sha256(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + hex);
        }
    }

    /** The first 12 hex digits, enough to cite a file in prose. */
    public String shortForm() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return hex;
    }
}
