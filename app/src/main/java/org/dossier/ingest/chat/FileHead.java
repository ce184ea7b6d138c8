package org.dossier.ingest.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The start of a file, read once for every format that might claim it to look at: one open per
 * file however many formats there are (most files of a leak are none of them). Bytes that are not
 * UTF-8 are replaced, as a chat export's damaged line is read. Its first lines are cut once, when
 * a format first asks for them: the plain-text formats each look at them.
 */
final class FileHead {
    private static final int BYTES = 16_384;
    private static final int LINES = 40;

    private final String text;
    private final boolean whole;
    private List<String> lines;

    private FileHead(String text, boolean whole) {
        this.text = text;
        this.whole = whole;
    }

    static FileHead of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(BYTES);
            boolean whole = in.read() < 0;
            String text = new String(bytes, StandardCharsets.UTF_8); // bytes that are not UTF-8 become U+FFFD
            return new FileHead(text.startsWith("\uFEFF") ? text.substring(1) : text, whole);
        } catch (IOException unreadable) {
            return new FileHead("", true);
        }
    }

    /** The head's text, the whole file's when the file is shorter than the head. */
    String text() {
        return text;
    }

    boolean containsAll(String... marks) {
        return Arrays.stream(marks).allMatch(text::contains);
    }

    /** The first lines, without their line ends; a line the head cut off is left out. */
    List<String> lines() {
        if (lines == null) {
            lines = firstLines();
        }
        return lines;
    }

    private List<String> firstLines() {
        List<String> first = new ArrayList<>(LINES);
        int start = 0;
        while (first.size() < LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                if (whole && !text.endsWith("\n")) {
                    first.add(text.substring(start)); // the file's last line, ended by the file itself
                }
                break;
            }
            first.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        return List.copyOf(first);
    }
}
