package org.dossier.model;

/** A word read by OCR: its span in the page's text and its box on the picture, in pixels. */
public record OcrWord(int start, int end, int x, int y, int width, int height, float confidence) {
}
