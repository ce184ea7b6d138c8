package org.dossier.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fingerprint only the case can check: HMAC-SHA-256 with the case's sealing key. A manifest
 * seals what it must not show in the clear (where a confidential source's words are, the hash of a
 * file that holds a hidden word): without the key nobody can confirm a guess against a seal, and
 * {@code verify-export} with the case recomputes it. Each seal covers the place it is cited from
 * and the export's own salt, so no two seals match and link two places or two exports.
 */
final class Seal {
    private Seal() {
    }

    /** A fresh salt for one export's seals: 128 random bits, in hex. */
    static String newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** The seal of {@code what} with this key and salt (a manifest made before salts has none). */
    static String of(byte[] key, String salt, String what) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(((salt == null ? "" : salt + "\n") + what).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
