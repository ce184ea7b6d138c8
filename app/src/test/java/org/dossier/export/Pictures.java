package org.dossier.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small pictures that carry what a camera or an editor writes into them: EXIF's Artist, a JPEG comment, a PNG text chunk. */
final class Pictures {
    private Pictures() {
    }

    /** A 16×16 JPEG whose EXIF names its artist. */
    static byte[] jpegWithExifArtist(String artist) throws IOException {
        byte[] value = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian TIFF, first directory at 8
        tiff.writeBytes(new byte[] {0, 1}); // one entry: Artist (0x013B), ASCII, its length, its offset
        tiff.writeBytes(new byte[] {0x01, 0x3B, 0, 2, 0, 0, 0, (byte) value.length, 0, 0, 0, 26});
        tiff.writeBytes(new byte[] {0, 0, 0, 0}); // no next directory
        tiff.writeBytes(value);
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        app1.writeBytes(tiff.toByteArray());
        return withSegment(jpeg(), 0xE1, app1.toByteArray());
    }

    /** A 16×16 JPEG with a comment. */
    static byte[] jpegWithComment(String comment) throws IOException {
        return withSegment(jpeg(), 0xFE, comment.getBytes(StandardCharsets.UTF_8));
    }

    /** A 16×16 PNG, with a text chunk naming its author when one is given. */
    static byte[] png(String author) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] plain = png.toByteArray();
        if (author == null) {
            return plain;
        }
        byte[] text = ("Author\0" + author).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes(new byte[] {0, 0, 0, (byte) text.length});
        byte[] typed = new byte[4 + text.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, typed, 0, 4);
        System.arraycopy(text, 0, typed, 4, text.length);
        chunk.writeBytes(typed);
        CRC32 crc = new CRC32();
        crc.update(typed);
        long value = crc.getValue();
        chunk.writeBytes(new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 33); // the signature and IHDR
        out.writeBytes(chunk.toByteArray());
        out.write(plain, 33, plain.length - 33);
        return out.toByteArray();
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        return jpeg.toByteArray();
    }

    /** The JPEG with a segment put right after its JFIF header, as an editor writes it. */
    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        int length = payload.length + 2;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(payload);
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }
}
