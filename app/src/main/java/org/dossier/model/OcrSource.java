package org.dossier.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where an item's text was read by OCR, and how: the picture it was read from and each word's box.
 *
 * @param picture the original on disk, or null when it lies inside an archive
 * @param sha256  the picture's hash at import, which it must still have to be shown
 * @param width   the picture's width in pixels, which the boxes are on
 */
public record OcrSource(Path picture, Sha256 sha256, int width, int height, String engine, String languages, List<OcrWord> words) {
    public OcrSource {
        words = List.copyOf(words);
    }

    /** The words any of whose characters lie between {@code start} and {@code end}. */
    public List<OcrWord> wordsBetween(int start, int end) {
        return words.stream().filter(word -> word.start() < end && word.end() > start).toList();
    }
}
