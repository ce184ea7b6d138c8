package org.dossier.ingest;

import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;

/** What the walker and the workers hand the writer, in the order they hand it. */
sealed interface ImportResult {

    /** A file hashed, and parsed unless its bytes were already in the case ({@code parsed} null). */
    record Parsed(Candidate candidate, ReceivedFile file, ParsedFile parsed) implements ImportResult {
    }

    /** A file that could not be read at all. */
    record Unreadable(String path, String reason, ArchiveProgress container) implements ImportResult {
    }

    /** A file imported before, unchanged since (same path, size and modification time). */
    record Unchanged(String path, long size) implements ImportResult {
    }

    /** An archive about to be unpacked; {@code known} when its bytes were fully imported before. */
    record ArchiveOpened(ArchiveProgress archive, boolean known) implements ImportResult {
    }

    /**
     * Something to report that is not a file of its own: an archive that broke part-way (what was
     * read stays), an export whose description could not be read.
     */
    record Problem(String path, String reason) implements ImportResult {
    }

    /** Every entry of the archive has been sent on. */
    record ArchiveSealed(ArchiveProgress archive) implements ImportResult {
    }

    /** A worker has stopped. */
    record WorkerDone() implements ImportResult {
    }
}
