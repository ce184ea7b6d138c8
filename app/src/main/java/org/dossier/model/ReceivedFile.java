package org.dossier.model;

import java.nio.file.Path;

/**
 * A file as received in a dump.
 *
 * @param path     where it was found, as the reporter would name it; inside an archive the
 *                 archive's path, "!/" and the entry's name: {@code /leak/chats.zip!/general/a.json}
 * @param diskPath the original on disk, or null for an archive entry (its archive is the original)
 * @param mtime    last-modified time in epoch milliseconds, or null when unknown
 */
public record ReceivedFile(String path, Path diskPath, long size, Long mtime, Sha256 sha256, String mediaType) {
}
