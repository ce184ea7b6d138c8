package org.dossier.model;

import java.util.List;

/**
 * The text OCR read from one picture, or one page of a PDF, with each word's box.
 *
 * @param width  the picture's width in pixels, which the boxes are on
 * @param height its height
 */
public record OcrPage(String text, List<OcrWord> words, int width, int height) {
    public OcrPage {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
