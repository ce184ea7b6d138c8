package org.dossier.model;

import java.time.Instant;

/**
 * Where a quoted excerpt comes from, as an export cites it: the file as received and its SHA-256,
 * where in the file (an embedded path or message id), the page for a paged document, and for a
 * message its author and time.
 *
 * @param page       the page the excerpt begins on (documents whose text keeps page breaks), or null
 * @param occurredAt when the item was sent or written, or null
 */
public record Citation(String path, String sha256, String locator, Integer page, String author, Instant occurredAt) {

    /** The file's name without its folders (an archive entry's own name). */
    public String fileName() {
        return fileNameOf(path);
    }

    /** A path as received without its folders or archive: "/dump/mail.zip!/inbox/a.eml" is "a.eml". */
    public static String fileNameOf(String path) {
        return path == null ? "" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('!')) + 1);
    }

    /** The first 12 hex digits of the SHA-256: enough to tell files apart in print, with the full hash in the case. */
    public String shortHash() {
        return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
    }
}
