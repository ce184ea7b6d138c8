package org.dossier.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 the store hashes rows and originals with. */
final class Digests {
    private Digests() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
