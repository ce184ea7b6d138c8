package org.dossier.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A picture as an export embeds it: its pixels only, re-encoded, so nothing the file carried
 * besides what it shows goes with it (EXIF with its camera, place and author, XMP, IPTC, an ICC
 * profile's names, comments, PNG text chunks). A photograph (a JPEG) stays a JPEG, anything else
 * becomes a PNG; a picture wider or taller than {@value #LARGEST} pixels is scaled down to it.
 * The orientation a camera noted in EXIF is lost with the rest.
 */
record CleanPicture(String mediaType, byte[] bytes, int width, int height) {
    static final int LARGEST = 2400;
    private static final float JPEG_QUALITY = 0.9f;

    /** The picture at this path, re-encoded; empty when it is not a picture Java can read (WebP, HEIC, a damaged file). */
    static Optional<CleanPicture> of(Path file) throws IOException {
        BufferedImage read;
        String format;
        try (InputStream in = Files.newInputStream(file); ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = images == null ? null : ImageIO.getImageReaders(images);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true); // metadata is never read
                format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                read = reader.read(0);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
        boolean photo = format.equals("jpeg") || format.equals("jpg");
        BufferedImage pixels = pixelsOnly(read, photo);
        return Optional.of(new CleanPicture(photo ? "image/jpeg" : "image/png", encode(pixels, photo), pixels.getWidth(),
                pixels.getHeight()));
    }

    /** Pixels Dossier cut from a picture (a crop of a page), as a PNG. */
    static CleanPicture of(BufferedImage read) throws IOException {
        BufferedImage pixels = pixelsOnly(read, false);
        return new CleanPicture("image/png", encode(pixels, false), pixels.getWidth(), pixels.getHeight());
    }

    /** The picture as an HTML page embeds it. */
    String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** The pixels drawn into a plain image (RGB for a photograph, ARGB otherwise), scaled to fit {@value #LARGEST}. */
    private static BufferedImage pixelsOnly(BufferedImage read, boolean photo) {
        double scale = Math.min(1.0, (double) LARGEST / Math.max(read.getWidth(), read.getHeight()));
        int width = Math.max(1, (int) Math.round(read.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(read.getHeight() * scale));
        BufferedImage plain = new BufferedImage(width, height, photo ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = plain.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.drawImage(read, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return plain;
    }

    private static byte[] encode(BufferedImage pixels, boolean photo) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(photo ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (photo) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
