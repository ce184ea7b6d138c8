package org.dossier.export.gate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What a picture in an export carries besides its pixels. Dossier embeds only pictures it
 * re-encoded, which carry nothing: a JPEG with no segment but JFIF's, a PNG with no chunk but those
 * that draw it. Anything else (EXIF, XMP, IPTC, an ICC profile, a comment, a text chunk, a picture
 * in another format) is named, and its bytes searched for the forbidden words.
 */
final class PictureCheck {
    private static final Set<String> PNG_DRAWING = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT",
            "bKGD", "pHYs", "hIST");
    private static final int JFIF = 0xE0;
    private static final int START_OF_SCAN = 0xDA;
    private static final int COMMENT = 0xFE;

    /** A part of a picture beyond its pixels, and its bytes as text. */
    record Extra(String what, String text) {
    }

    private PictureCheck() {
    }

    static Optional<Extra> extra(byte[] picture) {
        if (picture.length > 8 && (picture[0] & 0xFF) == 0x89 && picture[1] == 'P' && picture[2] == 'N' && picture[3] == 'G') {
            return png(picture);
        }
        if (picture.length > 4 && (picture[0] & 0xFF) == 0xFF && (picture[1] & 0xFF) == 0xD8) {
            return jpeg(picture);
        }
        return Optional.of(new Extra("a picture Dossier did not re-encode", asText(picture, 0, Math.min(picture.length, 4096))));
    }

    private static Optional<Extra> png(byte[] picture) {
        int at = 8;
        while (at + 8 <= picture.length) {
            int length = readInt(picture, at);
            String type = new String(picture, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || at + 12 + length > picture.length) {
                return Optional.of(new Extra("a damaged PNG chunk", ""));
            }
            if (!PNG_DRAWING.contains(type)) {
                return Optional.of(new Extra("a PNG " + type + " chunk", asText(picture, at + 8, length)));
            }
            at += 12 + length;
        }
        return Optional.empty();
    }

    private static Optional<Extra> jpeg(byte[] picture) {
        int at = 2;
        while (at + 4 <= picture.length && (picture[at] & 0xFF) == 0xFF) {
            int marker = picture[at + 1] & 0xFF;
            if (marker == START_OF_SCAN) {
                return Optional.empty();
            }
            int length = ((picture[at + 2] & 0xFF) << 8) | (picture[at + 3] & 0xFF);
            boolean jfif = marker == JFIF && length >= 7 && new String(picture, at + 4, 4, StandardCharsets.ISO_8859_1).equals("JFIF");
            if (marker == COMMENT || marker >= 0xE0 && marker <= 0xEF && !jfif) {
                return Optional.of(new Extra(String.format("a JPEG %s segment", marker == COMMENT ? "comment" : "APP" + (marker - 0xE0)),
                        asText(picture, at + 4, Math.max(0, Math.min(length - 2, picture.length - at - 4)))));
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    }

    /** Bytes read as Latin-1, UTF-8 and UTF-16 (EXIF's Windows tags), one after the other, so a name in any of them shows. */
    private static String asText(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1) + "\n" + new String(bytes, from, length, StandardCharsets.UTF_8)
                + "\n" + new String(bytes, from, length, StandardCharsets.UTF_16LE);
    }
}
