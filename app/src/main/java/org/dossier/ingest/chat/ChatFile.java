package org.dossier.ingest.chat;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A file of a chat export being read.
 *
 * @param file         the bytes (the original, or a temporary copy of an archive entry)
 * @param receivedPath its path as received, from which the paths of attached files are derived
 * @param caseZone     the zone for times the export writes without one
 */
public record ChatFile(Path file, String receivedPath, ZoneId caseZone) {

    /** The file's name as received. */
    public String name() {
        return receivedPath.substring(receivedPath.lastIndexOf('/') + 1);
    }

    /** A path relative to this file's folder in the export, as received ("photos/a.jpg" beside result.json). */
    public String sibling(String relative) {
        int slash = receivedPath.lastIndexOf('/');
        return (slash < 0 ? "" : receivedPath.substring(0, slash + 1)) + relative.replace('\\', '/');
    }
}
