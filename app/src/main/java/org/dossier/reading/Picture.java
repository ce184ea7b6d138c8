package org.dossier.reading;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dossier.ingest.EvidencePicture;
import org.dossier.model.OcrPicture;
import org.dossier.store.Originals;

/**
 * A picture decoded to show beside its OCR text, as ARGB pixels a view can draw: the page OCR read,
 * drawn again from the evidence ({@link EvidencePicture}: hash-checked, a PDF's page drawn as OCR
 * drew it, a TIFF's frame); pictures larger than a reader needs are subsampled or refused before
 * they are decoded.
 */
public record Picture(int width, int height, int[] argb, int subsampling) {
    /** Pixels decoded at most (4 bytes each, twice while decoding). */
    private static final long SHOWN_PIXELS = 8_000_000;
    /** A side longer than this (a picture a pixel high and a million long) would be decoded whole whatever the subsampling. */
    private static final int MAX_SIDE = 50_000;

    static Picture of(Originals originals, OcrPicture file, int page) throws PictureUnavailable {
        try {
            return EvidencePicture.page(originals, file, page, Picture::decode);
        } catch (EvidencePicture.Unavailable e) {
            throw new PictureUnavailable(e.getMessage());
        }
    }

    private static Picture decode(Path file, int frame) throws IOException, EvidencePicture.Unavailable {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new EvidencePicture.Unavailable("Java cannot show pictures of this format; the text beside is what OCR read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                if (Math.max(reader.getWidth(frame), reader.getHeight(frame)) > MAX_SIDE) {
                    throw new EvidencePicture.Unavailable("The picture is too long to show here (over " + MAX_SIDE + " pixels on a side).");
                }
                long pixels = (long) reader.getWidth(frame) * reader.getHeight(frame);
                int subsampling = Math.max(1, (int) Math.ceil(Math.sqrt((double) pixels / SHOWN_PIXELS)));
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(subsampling, subsampling, 0, 0);
                BufferedImage image = reader.read(frame, every);
                int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                return new Picture(image.getWidth(), image.getHeight(), argb, subsampling);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new EvidencePicture.Unavailable("The picture cannot be decoded: " + e);
        }
    }
}
