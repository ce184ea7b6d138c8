package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.OcrPicture;
import org.dossier.model.Sha256;
import org.dossier.store.Originals;

/**
 * A copy of a file of the case for OCR: from its original (the case's copy, or the file on disk),
 * or unpacked again from the archives it came out of, one archive inside the next, the way the
 * import unpacked it. Nothing larger than the file was at import is written, so a changed archive
 * cannot unpack a bomb here.
 */
public final class ArchivedCopy {
    /** What an archive inside another may unpack to on the way (the import refused more than this per outermost archive). */
    private static final long INNER_ARCHIVE_LIMIT = 16L << 30;

    private ArchivedCopy() {
    }

    /** Thrown when the file unpacks to more than it had at import: it has changed. */
    public static final class Larger extends IOException {
        Larger(String message) {
            super(message);
        }
    }

    /** Copies the file into {@code copy}; its SHA-256, to be checked against the import's. */
    public static Sha256 of(Originals originals, OcrPicture file, Path copy) throws IOException {
        try {
            return copy(originals, file, copy);
        } catch (Hashing.LimitExceeded larger) {
            throw new Larger(larger.getMessage());
        }
    }

    private static Sha256 copy(Originals originals, OcrPicture file, Path copy) throws IOException {
        List<OcrPicture.Archived> archives = file.archives();
        if (archives.isEmpty()) {
            try (InputStream in = originals.open(file.original(), file.diskPath()); OutputStream out = Files.newOutputStream(copy)) {
                return Hashing.copy(in, out, file.size()).sha256();
            }
        }
        Path current = outermost(originals, file);
        Sha256 copied = null;
        for (int i = 0; i < archives.size(); i++) {
            boolean last = i == archives.size() - 1;
            String inner = last ? file.path() : archives.get(i + 1).path();
            Path into = last ? copy : Files.createTempFile("dossier-ocr-", ".archive");
            try {
                copied = unpack(current, archives.get(i), inner, into, last ? file.size() : INNER_ARCHIVE_LIMIT);
            } finally {
                if (current != file.diskPath()) {
                    Files.deleteIfExists(current);
                }
            }
            current = into;
        }
        return copied;
    }

    /** The outermost archive as a file to unpack: on disk, or copied out of the case that keeps it. */
    private static Path outermost(Originals originals, OcrPicture file) throws IOException {
        if (!originals.holds(file.original())) {
            if (file.diskPath() == null) {
                throw new NoSuchFileException(file.path(), null, "neither kept in the case nor on disk");
            }
            return file.diskPath();
        }
        Path copy = Files.createTempFile("dossier-ocr-", ".archive");
        try (InputStream in = originals.open(file.original(), file.diskPath()); OutputStream out = Files.newOutputStream(copy)) {
            in.transferTo(out);
        }
        return copy;
    }

    /** Unpacks the entry whose path as received is {@code inner} from an archive into a file. */
    private static Sha256 unpack(Path archiveFile, OcrPicture.Archived archive, String inner, Path into, long limit) throws IOException {
        String name = inner.substring(archive.path().length() + "!/".length());
        Sha256[] found = {null};
        ArchiveReader.read(archiveFile, Candidate.nameOf(archive.path()), archive.mediaType(), new ArchiveReader.EntryHandler() {
            @Override
            public void entry(String entry, InputStream content, long compressedSize) throws IOException {
                if (found[0] == null && entry.equals(name)) {
                    try (OutputStream out = Files.newOutputStream(into)) {
                        found[0] = Hashing.copy(content, out, limit).sha256();
                    }
                }
            }

            @Override
            public void unreadable(String entry, String reason) {
                // another entry: the import reported it
            }
        });
        if (found[0] == null) {
            throw new IOException("no entry " + name + " in " + archive.path() + " any more");
        }
        return found[0];
    }
}
