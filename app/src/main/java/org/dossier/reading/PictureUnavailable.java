package org.dossier.reading;

/** Why the picture an OCR text was read from cannot be shown. */
public final class PictureUnavailable extends Exception {
    public PictureUnavailable(String reason) {
        super(reason);
    }
}
