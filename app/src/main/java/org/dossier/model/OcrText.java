package org.dossier.model;

/**
 * How an item holding text read by OCR is named within its file: {@code ocr} for a picture's text,
 * {@code ocr:N} for page N of a scanned PDF (decision 0026).
 */
public final class OcrText {
    private static final String LOCATOR = "ocr";

    private OcrText() {
    }

    public static String locator(int page, boolean paged) {
        return paged ? LOCATOR + ":" + page : LOCATOR;
    }

    public static boolean isOcr(String locator) {
        return LOCATOR.equals(locator) || locator != null && locator.startsWith(LOCATOR + ":");
    }

    /** The page of a scanned PDF the text was read from, or null for a picture's or any other item's. */
    public static Integer page(String locator) {
        return locator != null && locator.startsWith(LOCATOR + ":") ? Integer.valueOf(locator.substring(LOCATOR.length() + 1)) : null;
    }
}
