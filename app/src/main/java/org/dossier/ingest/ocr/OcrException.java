package org.dossier.ingest.ocr;

/** A picture OCR could not read, with the reason a reporter is shown. */
public final class OcrException extends Exception {
    public OcrException(String reason) {
        super(reason);
    }
}
