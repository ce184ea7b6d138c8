package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dossier.model.Sha256;

/** SHA-256 of files and streams. */
final class Hashing {
    private static final int BUFFER = 64 * 1024;

    private Hashing() {
    }

    static Copied digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in);
        }
    }

    /** The digest and length of all the stream holds. */
    static Copied digest(InputStream in) throws IOException {
        return copy(in, OutputStream.nullOutputStream(), Long.MAX_VALUE);
    }

    /** The digest and length of what was copied. */
    record Copied(Sha256 sha256, long size) {
    }

    /** Thrown when a copy would exceed its limit; nothing past the limit is written. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    /** Copies while hashing, refusing to write more than {@code limit} bytes. */
    static Copied copy(InputStream in, OutputStream out, long limit) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > limit) {
                throw new LimitExceeded(limit);
            }
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return new Copied(new Sha256(HexFormat.of().formatHex(digest.digest())), total);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
