package org.dossier.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dossier.model.OcrSource;

/**
 * A picture decoded to show beside its OCR text, as ARGB pixels a view can draw. The bytes are read
 * once, hashed and decoded from that one read, so what is shown is what the case holds; pictures
 * larger than a reader needs are refused before they are decoded.
 */
public record Picture(int width, int height, int[] argb) {
    private static final long MAX_BYTES = 200L << 20;
    private static final long MAX_PIXELS = 40_000_000;

    static Picture of(OcrSource source) throws PictureUnavailable {
        if (source.picture() == null) {
            throw new PictureUnavailable("The picture came out of an archive, so it is not on disk to show.");
        }
        byte[] bytes;
        try {
            if (Files.size(source.picture()) > MAX_BYTES) {
                throw new PictureUnavailable("The picture is too large to show here (over 200 MB).");
            }
            bytes = Files.readAllBytes(source.picture());
        } catch (IOException e) {
            throw new PictureUnavailable("The picture cannot be read at " + source.picture() + ".");
        }
        if (!sha256(bytes).equals(source.sha256().hex())) {
            throw new PictureUnavailable("The picture on disk has changed since it was imported; run verify.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PictureUnavailable("Java cannot show pictures of this format; the text beside is what OCR read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new PictureUnavailable("The picture is too large to show here (over 40 million pixels).");
                }
                BufferedImage image = reader.read(0);
                int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                return new Picture(image.getWidth(), image.getHeight(), argb);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PictureUnavailable("The picture cannot be decoded: " + e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
