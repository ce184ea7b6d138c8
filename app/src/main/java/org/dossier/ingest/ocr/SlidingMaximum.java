package org.dossier.ingest.ocr;

/**
 * The maximum over a window sliding along each row, or each column, of a grey picture, in constant
 * time per pixel whatever the window (van Herk and Gil–Werman): the line is cut into blocks as wide
 * as the window, and a window's maximum is that of the suffix of one block and the prefix of the next.
 */
final class SlidingMaximum {
    private SlidingMaximum() {
    }

    static byte[] ofRows(byte[] pixels, int width, int height, int radius) {
        byte[] out = new byte[pixels.length];
        int[] line = new int[width];
        int[] result = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                line[x] = pixels[y * width + x] & 255;
            }
            slide(line, result, radius);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (byte) result[x];
            }
        }
        return out;
    }

    static byte[] ofColumns(byte[] pixels, int width, int height, int radius) {
        byte[] out = new byte[pixels.length];
        int[] line = new int[height];
        int[] result = new int[height];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                line[y] = pixels[y * width + x] & 255;
            }
            slide(line, result, radius);
            for (int y = 0; y < height; y++) {
                out[y * width + x] = (byte) result[y];
            }
        }
        return out;
    }

    /** result[i] = the maximum of line[i - radius … i + radius], the window cut at the line's ends. */
    static void slide(int[] line, int[] result, int radius) {
        int n = line.length;
        int window = 2 * radius + 1;
        int[] prefix = new int[n];
        int[] suffix = new int[n];
        for (int i = 0; i < n; i++) {
            prefix[i] = i % window == 0 ? line[i] : Math.max(prefix[i - 1], line[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = i == n - 1 || (i + 1) % window == 0 ? line[i] : Math.max(suffix[i + 1], line[i]);
        }
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - radius);
            int to = Math.min(n - 1, i + radius);
            if (from / window != to / window) {
                result[i] = Math.max(suffix[from], prefix[to]);
            } else { // the window cut at an end of the line: from a block's start, or to the line's end
                result[i] = from % window == 0 ? prefix[to] : suffix[from];
            }
        }
    }
}
