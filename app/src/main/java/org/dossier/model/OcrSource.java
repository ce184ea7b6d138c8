package org.dossier.model;

import java.util.List;

/**
 * How an item's text was read by OCR: the engine, the languages, and each word's box on the picture.
 *
 * @param page  the page of its file it was read from (1 for a picture of one page)
 * @param width the picture's width in pixels, which the boxes are on
 */
public record OcrSource(int page, int width, int height, String engine, String languages, List<OcrWord> words) {
    public OcrSource {
        words = List.copyOf(words);
    }

    /** The words any of whose characters lie between {@code start} and {@code end}. */
    public List<OcrWord> wordsBetween(int start, int end) {
        return words.stream().filter(word -> word.start() < end && word.end() > start).toList();
    }
}
