package org.dossier.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fingerprint only the case can check: HMAC-SHA-256 with the case's sealing key. A manifest
 * seals what it must not show in the clear (where a confidential source's words are, the hash of a
 * file that holds a hidden word): without the key nobody can confirm a guess against a seal, and
 * {@code verify-export} with the case recomputes it. Each seal covers the place it is cited from,
 * so two seals of one file do not match and link the places.
 */
final class Seal {
    private Seal() {
    }

    static String of(byte[] key, String what) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(what.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
