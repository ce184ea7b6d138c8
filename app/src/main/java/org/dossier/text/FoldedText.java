package org.dossier.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.nodes.Entities;

/**
 * A text as matching sees it, with the way back: every character {@link Folding folded}, runs of
 * spaces as one space, and what a reader decodes in their head decoded first: percent-encoding
 * ("Chen%20Li", "%E9%99%88%E7%AB%8B"), HTML character references ("Chen&amp;nbsp;Li") and
 * {@code \\u} escapes. Each folded character knows the original characters it came from, so a
 * match on the folded text covers exactly the original characters that wrote it.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    /** For each folded character, the first original character it came from and the one after the last. */
    private final int[] starts;
    private final int[] ends;

    private FoldedText(String original, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    public static FoldedText of(String original) {
        Builder builder = new Builder(original.length());
        int at = 0;
        while (at < original.length()) {
            Decoded decoded = decodedAt(original, at);
            if (decoded != null) {
                decoded.text.codePoints().forEach(codePoint -> builder.add(codePoint, decoded.start, decoded.end));
                at = decoded.end;
            } else {
                int codePoint = original.codePointAt(at);
                int next = at + Character.charCount(codePoint);
                builder.add(codePoint, at, next);
                at = next;
            }
        }
        return builder.build(original);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The first original character of the folded character at {@code index}. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** The original character after the last one the folded characters before {@code end} came from. */
    public int originalEnd(int end) {
        return ends[end - 1];
    }

    /** Encoded characters at a place in a text, decoded: what they say and the original characters that say it. */
    private record Decoded(String text, int start, int end) {
    }

    private static Decoded decodedAt(String text, int at) {
        return switch (text.charAt(at)) {
            case '%' -> percentEncoded(text, at);
            case '&' -> characterReference(text, at);
            case '\\' -> unicodeEscape(text, at);
            default -> null;
        };
    }

    /** A run of %XX that is valid UTF-8 ("%E9%99%88"); a lone "100%" is itself. */
    private static Decoded percentEncoded(String text, int at) {
        int end = at;
        ByteBuffer bytes = ByteBuffer.allocate(text.length() / 3 + 1);
        while (end + 2 < text.length() && text.charAt(end) == '%' && hex(text.charAt(end + 1)) >= 0 && hex(text.charAt(end + 2)) >= 0) {
            bytes.put((byte) (hex(text.charAt(end + 1)) * 16 + hex(text.charAt(end + 2))));
            end += 3;
        }
        if (end == at) {
            return null;
        }
        bytes.flip();
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return new Decoded(decoded.toString(), at, end);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** "&amp;nbsp;", "&amp;#160;", "&amp;#xA0;": what a browser would show. */
    private static Decoded characterReference(String text, int at) {
        int semicolon = text.indexOf(';', at);
        if (semicolon < 0 || semicolon - at > 12) {
            return null;
        }
        String name = text.substring(at + 1, semicolon);
        String decoded = null;
        if (name.startsWith("#x") || name.startsWith("#X")) {
            decoded = codePoint(name.substring(2), 16);
        } else if (name.startsWith("#")) {
            decoded = codePoint(name.substring(1), 10);
        } else if (Entities.isNamedEntity(name)) {
            decoded = Entities.getByName(name);
        }
        return decoded == null || decoded.isEmpty() ? null : new Decoded(decoded, at, semicolon + 1);
    }

    /** "\\u9648": a JSON or Java escape. */
    private static Decoded unicodeEscape(String text, int at) {
        if (at + 6 > text.length() || text.charAt(at + 1) != 'u') {
            return null;
        }
        String decoded = codePoint(text.substring(at + 2, at + 6), 16);
        return decoded == null ? null : new Decoded(decoded, at, at + 6);
    }

    private static String codePoint(String digits, int radix) {
        try {
            int codePoint = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** Appends folded characters with where they came from, one space for a run of spaces. */
    private static final class Builder {
        private final StringBuilder folded;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            folded = new StringBuilder(capacity);
            starts = new int[Math.max(16, capacity)];
            ends = new int[starts.length];
        }

        void add(int codePoint, int start, int end) {
            String each = Folding.fold(codePoint);
            for (int i = 0; i < each.length(); i++) {
                char c = each.charAt(i);
                int last = folded.length() - 1;
                if (c == ' ' && last >= 0 && folded.charAt(last) == ' ') {
                    ends[last] = end;
                    continue;
                }
                if (folded.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = start;
                ends[folded.length()] = end;
                folded.append(c);
            }
        }

        FoldedText build(String original) {
            return new FoldedText(original, folded.toString(), starts, ends);
        }
    }
}
