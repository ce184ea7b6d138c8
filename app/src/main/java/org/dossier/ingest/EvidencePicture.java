package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dossier.ingest.ocr.OcrException;
import org.dossier.ingest.ocr.PdfPages;
import org.dossier.ingest.ocr.PictureParts;
import org.dossier.model.OcrPicture;
import org.dossier.store.Originals;

/**
 * The picture an OCR text was read from, drawn again from the evidence so someone can check the
 * reading by eye: the file copied (from the case's copy or disk, or unpacked again from its archives) and its SHA-256
 * checked against the import's, then the page found in it. A PDF's page is drawn as the OCR pass
 * drew it (the same renderer and resolution), so the words' boxes fall where they were read; a
 * TIFF's page is its frame; a picture inside a file is copied out of it again. The copies are
 * deleted when the picture has been used.
 */
public final class EvidencePicture {
    private static final long MAX_BYTES = 200L << 20;
    private static final String CHANGED = "The picture on disk has changed since it was imported; run verify.";

    private EvidencePicture() {
    }

    /** Why the picture cannot be had, said for a person. */
    public static final class Unavailable extends Exception {
        public Unavailable(String reason) {
            super(reason);
        }
    }

    /** What is done with the picture: a file an image reader can open, and the frame in it that is the page. */
    @FunctionalInterface
    public interface Use<T> {
        T with(Path picture, int frame) throws IOException, Unavailable;
    }

    /** Page {@code page} (1 for a picture of one page) of the file, handed to {@code use} while its copy exists. */
    public static <T> T page(Originals originals, OcrPicture file, int page, Use<T> use) throws Unavailable {
        if (file.size() > MAX_BYTES) { // for a picture inside a file, the file: a large mailbox would be copied and parsed each time
            throw new Unavailable(file.part() == null ? "The picture is too large to show here (over 200 MB)."
                    : "The file the picture is in is too large to draw it again here (over 200 MB).");
        }
        Path copy = null;
        Path folder = null;
        Path part = null;
        try {
            copy = Files.createTempFile("dossier-picture-", ".bin");
            if (!ArchivedCopy.of(originals, file, copy).equals(file.sha256())) {
                throw new Unavailable(CHANGED);
            }
            if (file.part() != null) {
                part = Files.createTempFile("dossier-picture-", ".part");
                PictureParts.write(file, copy, part);
                return use.with(part, page - 1);
            }
            if (!file.isPdf()) {
                return use.with(copy, page - 1);
            }
            folder = Files.createTempDirectory("dossier-page-");
            PdfPages.Drawn drawn = PdfPages.draw(copy, page, 1, folder, PdfPages.PAGE_LIMIT);
            if (drawn.pages().isEmpty()) {
                throw new Unavailable("The PDF has no page " + page + ".");
            }
            return use.with(drawn.pages().get(0), 0);
        } catch (ArchivedCopy.Larger changed) {
            throw new Unavailable(CHANGED);
        } catch (OcrException e) {
            throw new Unavailable("The picture cannot be drawn again: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new Unavailable("Neither the picture nor an archive it came out of is kept in the case or on this machine.");
        } catch (IOException e) {
            throw new Unavailable("The picture cannot be read from " + file.diskPath() + ": " + e.getMessage());
        } finally {
            deleteQuietly(folder);
            deleteQuietly(part);
            deleteQuietly(copy);
        }
    }

    /** A copy, or a folder with the page drawn in it. */
    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            if (Files.isDirectory(path)) {
                try (var drawn = Files.list(path)) {
                    for (Path page : drawn.toList()) {
                        Files.deleteIfExists(page);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file: the system's cleaning takes it
        }
    }
}
