package org.dossier.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A picture, or a PDF without a text layer, that OCR has not read yet.
 *
 * @param itemId    the item of the file as imported, which the text will be a child of
 * @param diskPath  where the original lies, or, for a picture that came out of an archive, where
 *                  the outermost archive lies (on the machine that imported it)
 * @param original  the SHA-256 of that file, under which a case that keeps its originals keeps it
 * @param archives  the archives it came out of, outermost first (empty for a file on disk)
 * @param sha256    the hash taken at import, checked before the picture is read
 * @param size      its size at import, which what is unpacked may not exceed
 * @param part      the picture inside the file OCR reads (an attachment, a picture in an Office
 *                  file), or null when it reads the file itself
 */
public record OcrPicture(long sourceId, long itemId, String path, Path diskPath, Sha256 original, List<Archived> archives, Sha256 sha256, long size,
                         String mediaType, Part part) {
    public OcrPicture {
        archives = List.copyOf(archives);
    }

    /** An archive on the way from the file on disk to the picture: its path as received and its type. */
    public record Archived(String path, String mediaType) {
    }

    /** A picture inside a file: its item's locator ("/1/2", as Tika numbered the file's parts), title and type. */
    public record Part(String locator, String title, String mediaType) {
    }

    /** Whether OCR reads a PDF's pages (drawn first), not a picture. */
    public boolean isPdf() {
        return part == null && "application/pdf".equals(mediaType);
    }

    /** The type of what OCR reads: the part's, or the file's. */
    public String readType() {
        return part == null ? mediaType : part.mediaType();
    }

    /** How a person knows what OCR read: "scan.png", or "report.docx › image1.png". */
    public String displayName() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return part == null ? file : file + " › " + part.title();
    }
}
