package org.dossier.model;

/**
 * How an item holding text read by OCR is named within its file: {@code ocr} for a picture's text,
 * {@code ocr:N} for page N of a scanned PDF or a TIFF (decision 0026); after the locator of the
 * part it was read from for a picture inside a file ({@code /1/2/ocr}).
 */
public final class OcrText {
    private static final String LOCATOR = "ocr";

    private OcrText() {
    }

    /** @param part the locator of the picture inside the file, or null for the file itself */
    public static String locator(String part, int page, boolean paged) {
        return (part == null ? "" : part + "/") + (paged ? LOCATOR + ":" + page : LOCATOR);
    }

    public static boolean isOcr(String locator) {
        String last = lastStep(locator);
        return LOCATOR.equals(last) || last != null && last.startsWith(LOCATOR + ":");
    }

    /** The page of a scanned PDF or a TIFF the text was read from, or null for a picture's or any other item's. */
    public static Integer page(String locator) {
        String last = lastStep(locator);
        return last != null && last.startsWith(LOCATOR + ":") ? Integer.valueOf(last.substring(LOCATOR.length() + 1)) : null;
    }

    private static String lastStep(String locator) {
        return locator == null ? null : locator.substring(locator.lastIndexOf('/') + 1);
    }
}
