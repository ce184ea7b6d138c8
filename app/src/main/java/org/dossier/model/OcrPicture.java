package org.dossier.model;

import java.nio.file.Path;

/**
 * A picture, or a PDF without a text layer, that OCR has not read yet.
 *
 * @param itemId    the item of the file as imported, which the text will be a child of
 * @param diskPath  where the original lies, or null when it came out of an archive or another file
 * @param sha256    the hash taken at import, checked before the picture is read
 */
public record OcrPicture(long sourceId, long itemId, String path, Path diskPath, Sha256 sha256, String mediaType) {

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
