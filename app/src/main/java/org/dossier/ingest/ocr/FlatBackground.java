package org.dossier.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture made grey with its background made white before Tesseract reads it: each pixel is
 * divided by the brightest pixel around it (a maximum over a square window, Leptonica's
 * "background normalisation" done in Java). A chat's coloured bubble, a shadow across a
 * photographed page or a grey form field then becomes paper, and the one threshold Tesseract takes
 * for the page leaves the words on them black. Without this, Tesseract takes a screenshot's green
 * bubbles for pictures and drops their words. Grey and black-and-white pictures, a scanner's,
 * are left as they are: their background is already paper, and Tesseract reads them as fast as
 * it can. The boxes Tesseract gives stay those of the original: the picture keeps its size.
 */
final class FlatBackground {
    /** Half the window: wider than half a letter's stroke, so that inside a stroke it reaches the paper. */
    private static final int RADIUS = 12;
    /**
     * Larger pictures are given to Tesseract as they are, rather than decoded in Dossier's own
     * memory (about 7 bytes a pixel here, on each of two workers).
     */
    private static final long MAX_PIXELS = 16_000_000;

    private FlatBackground() {
    }

    /**
     * Writes the flattened picture to {@code into} and returns it, or returns the picture itself
     * when it is grey, when Java cannot read its format (WebP, JPEG 2000) or when it is too large
     * to decode here.
     */
    static Path of(Path picture, Path into) {
        try {
            if (!isColourThatFitsInMemory(picture)) {
                return picture;
            }
            BufferedImage image = ImageIO.read(picture.toFile());
            if (image == null) {
                return picture;
            }
            ImageIO.write(flatten(image), "png", into.toFile());
            return into;
        } catch (IOException | RuntimeException unreadable) {
            return picture; // Tesseract reads it, or says why it cannot
        }
    }

    /** Reads only the header, so that a picture claiming a billion pixels is never decoded here. */
    private static boolean isColourThatFitsInMemory(Path picture) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(picture.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true); // not forward-only: counting a TIFF's pages looks past the first
                Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS
                        && types.hasNext() && types.next().getColorModel().getColorSpace().getNumComponents() > 1
                        && reader.getNumImages(true) == 1; // a TIFF of several pages goes to Tesseract whole
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage flatten(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] grey = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int p = row[x];
                grey[y * width + x] = (byte) ((299 * ((p >> 16) & 255) + 587 * ((p >> 8) & 255) + 114 * (p & 255)) / 1000);
            }
        }
        byte[] paper = SlidingMaximum.ofRows(grey, width, height, RADIUS);
        paper = SlidingMaximum.ofColumns(paper, width, height, RADIUS);
        BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = flat.getRaster();
        int[] out = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                int background = paper[i] & 255;
                out[x] = background == 0 ? 255 : Math.min(255, (grey[i] & 255) * 255 / background);
            }
            raster.setPixels(0, y, width, 1, out);
        }
        return flat;
    }
}
