package org.dossier.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A picture, or a PDF without a text layer, that OCR has not read yet.
 *
 * @param itemId    the item of the file as imported, which the text will be a child of
 * @param diskPath  where the original lies, or, for a picture that came out of an archive, where
 *                  the outermost archive lies
 * @param archives  the archives it came out of, outermost first (empty for a file on disk)
 * @param sha256    the hash taken at import, checked before the picture is read
 * @param size      its size at import, which what is unpacked may not exceed
 */
public record OcrPicture(long sourceId, long itemId, String path, Path diskPath, List<Archived> archives, Sha256 sha256, long size,
                         String mediaType) {
    public OcrPicture {
        archives = List.copyOf(archives);
    }

    /** An archive on the way from the file on disk to the picture: its path as received and its type. */
    public record Archived(String path, String mediaType) {
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
