package org.dossier.reading;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dossier.ingest.ArchivedCopy;
import org.dossier.model.OcrPicture;

/**
 * A picture decoded to show beside its OCR text, as ARGB pixels a view can draw. The bytes are
 * copied once (from the file, or unpacked again from its archives), hashed, and decoded from that
 * copy, so what is shown is what the case holds; pictures larger than a reader needs are refused
 * before they are decoded.
 */
public record Picture(int width, int height, int[] argb, int subsampling) {
    private static final long MAX_BYTES = 200L << 20;
    /** Pixels decoded at most (4 bytes each, twice while decoding). */
    private static final long SHOWN_PIXELS = 8_000_000;
    /** A side longer than this (a picture a pixel high and a million long) would be decoded whole whatever the subsampling. */
    private static final int MAX_SIDE = 50_000;
    private static final String CHANGED = "The picture on disk has changed since it was imported; run verify.";

    static Picture of(OcrPicture file) throws PictureUnavailable {
        if (file.diskPath() == null) {
            throw new PictureUnavailable("Neither the picture nor an archive it came out of is on disk.");
        }
        if (file.size() > MAX_BYTES) {
            throw new PictureUnavailable("The picture is too large to show here (over 200 MB).");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("dossier-picture-", ".bin");
            if (!ArchivedCopy.of(file, copy).equals(file.sha256())) {
                throw new PictureUnavailable(CHANGED);
            }
            return decode(copy);
        } catch (ArchivedCopy.Larger changed) {
            throw new PictureUnavailable(CHANGED);
        } catch (IOException e) {
            throw new PictureUnavailable("The picture cannot be read from " + file.diskPath() + ": " + e.getMessage());
        } finally {
            deleteQuietly(copy);
        }
    }

    private static Picture decode(Path file) throws IOException, PictureUnavailable {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new PictureUnavailable("Java cannot show pictures of this format; the text beside is what OCR read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (Math.max(reader.getWidth(0), reader.getHeight(0)) > MAX_SIDE) {
                    throw new PictureUnavailable("The picture is too long to show here (over " + MAX_SIDE + " pixels on a side).");
                }
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                int subsampling = (int) Math.ceil(Math.sqrt((double) pixels / SHOWN_PIXELS));
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(Math.max(1, subsampling), Math.max(1, subsampling), 0, 0);
                BufferedImage image = reader.read(0, every);
                int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                return new Picture(image.getWidth(), image.getHeight(), argb, Math.max(1, subsampling));
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new PictureUnavailable("The picture cannot be decoded: " + e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file: the system's cleaning takes it
        }
    }
}
