package org.dossier.export;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.CaseFile;
import org.dossier.store.CaseSecrets;

/**
 * The case's own keys, made on first use and kept in the case: the sealing key (HMAC-SHA-256), so
 * a manifest can fingerprint what it must not show in the clear and only the case can check it;
 * and the signing key pair (Ed25519), so anyone can tell a manifest from a forgery.
 */
final class CaseKeys {
    private static final String SEALING = "export-sealing-key";
    private static final String SIGNING_PRIVATE = "manifest-signing-key";
    private static final String SIGNING_PUBLIC = "manifest-signing-public-key";
    static final String SIGNATURE_ALGORITHM = "Ed25519";

    private CaseKeys() {
    }

    static byte[] sealing(CaseFile caseFile) {
        try (CaseSecrets secrets = CaseSecrets.of(caseFile)) {
            return secrets.getOrMake(List.of(SEALING), () -> {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                return Map.of(SEALING, key);
            }).get(SEALING);
        }
    }

    /** The case's sealing key, if it ever sealed anything (read only: checking a manifest makes no key). */
    static Optional<byte[]> sealingKey(CaseFile caseFile) {
        try (CaseSecrets secrets = CaseSecrets.of(caseFile)) {
            return secrets.find(SEALING);
        }
    }

    /** The case's public key (Base64), if it ever signed a manifest. */
    static Optional<String> signingPublicKey(CaseFile caseFile) {
        try (CaseSecrets secrets = CaseSecrets.of(caseFile)) {
            return secrets.find(SIGNING_PUBLIC).map(key -> Base64.getEncoder().encodeToString(key));
        }
    }

    static KeyPair signing(CaseFile caseFile) {
        Map<String, byte[]> stored;
        try (CaseSecrets secrets = CaseSecrets.of(caseFile)) {
            stored = secrets.getOrMake(List.of(SIGNING_PRIVATE, SIGNING_PUBLIC), () -> {
                KeyPair made = generator().generateKeyPair();
                return Map.of(SIGNING_PRIVATE, made.getPrivate().getEncoded(), SIGNING_PUBLIC, made.getPublic().getEncoded());
            });
        }
        try {
            KeyFactory keys = KeyFactory.getInstance(SIGNATURE_ALGORITHM);
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(stored.get(SIGNING_PUBLIC))),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(stored.get(SIGNING_PRIVATE))));
        } catch (GeneralSecurityException e) {
            throw new ExportException("the case's signing key cannot be read: " + e.getMessage(), e);
        }
    }

    private static KeyPairGenerator generator() {
        try {
            return KeyPairGenerator.getInstance(SIGNATURE_ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java since 15 has Ed25519", e);
        }
    }
}
