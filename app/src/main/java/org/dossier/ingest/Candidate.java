package org.dossier.ingest;

import java.nio.file.Path;
import org.dossier.ingest.chat.SlackExport;
import org.dossier.model.Sha256;

/**
 * A file waiting to be parsed: an original on disk, or an archive entry copied to a temporary
 * file (hashed on the way out of the archive) that the worker deletes when done. {@code slack} is
 * the Slack export the file lies in, if any: its day files can only be read with it.
 */
record Candidate(
        String path,
        Path file,
        Path diskPath,
        long size,
        Long mtime,
        Sha256 sha256,
        String mediaType,
        ArchiveProgress container,
        SlackExport slack) {

    boolean isTemporary() {
        return diskPath == null;
    }

    String name() {
        return nameOf(path);
    }

    /** The last part of a path as received ("a.eml" of "/dump/mail.zip!/inbox/a.eml"). */
    static String nameOf(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }
}
