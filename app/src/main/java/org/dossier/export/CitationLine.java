package org.dossier.export;

/**
 * A citation as an export prints it, every part already safe to print: where the words come from
 * (a file's name, or "confidential source “Kestrel”, chat message"), the page, who wrote them, when
 * (at the precision the export may show), the file's fingerprint, and for words read by OCR the crop
 * of the picture they were read from, for a reader to check the reading by eye.
 * A part an export may not show is null.
 */
record CitationLine(String source, Integer page, String author, String when, Hash fingerprint, CleanPicture ocrCrop) {

    /** The file's SHA-256, or the seal that stands for it; "SHA-256 3f2a9b1c04de…" in print, whole in a spreadsheet. */
    record Hash(String kind, String hex) {
        static Hash sha256(String hex) {
            return new Hash("SHA-256", hex);
        }

        static Hash sealed(String hex) {
            return new Hash("sealed", hex);
        }

        String shortForm() {
            return kind + " " + hex.substring(0, Math.min(12, hex.length())) + "…";
        }

        String whole() {
            return kind + " " + hex;
        }
    }
}
