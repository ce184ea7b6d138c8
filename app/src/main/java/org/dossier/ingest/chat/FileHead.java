package org.dossier.ingest.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The start of a file, read once for every format that might claim it to look at: one open per
 * file however many formats there are (most files of a leak are none of them). Bytes that are not
 * UTF-8 are replaced, as a chat export's damaged line is read.
 */
record FileHead(String text, boolean whole) {
    private static final int BYTES = 16_384;
    private static final int LINES = 40;

    static FileHead of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(BYTES);
            boolean whole = in.read() < 0;
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return new FileHead(text.startsWith("\uFEFF") ? text.substring(1) : text, whole);
        } catch (IOException unreadable) {
            return new FileHead("", true);
        }
    }

    boolean containsAll(String... marks) {
        return Arrays.stream(marks).allMatch(text::contains);
    }

    /** The first lines, without their line ends; a line the head cut off is left out. */
    List<String> lines() {
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        if (!whole || text.endsWith("\n")) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return lines.subList(0, Math.min(LINES, lines.size()));
    }
}
