package org.dossier.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines the plain-text chat formats look at to recognise an export. */
class FileHeadTest {
    @TempDir
    Path folder;

    @Test
    void linesLoseTheirEndsWhetherWindowsOrUnixAndTheFileItselfEndsTheLast() throws IOException {
        assertEquals(List.of("[1/2/23, 10:00] Ana: hi", "", "second\rhalf", "last"),
                head("\uFEFF[1/2/23, 10:00] Ana: hi\r\n\r\nsecond\rhalf\nlast").lines());
        assertEquals(List.of("one", "two"), head("one\ntwo\n").lines(), "a final line end starts no line");
        assertEquals(List.of(""), head("").lines());
    }

    @Test
    void aByteThatIsNotUtf8ReadsAsTheReplacementCharacter() throws IOException {
        byte[] damaged = {'o', 'k', ' ', (byte) 0xC3, '(', ' ', (byte) 0xFF, ' ', (byte) 0xE4, (byte) 0xB8, '\n', 'e', 'n', 'd'};
        FileHead head = FileHead.of(Files.write(folder.resolve("damaged.txt"), damaged));
        assertEquals(List.of("ok \uFFFD( \uFFFD \uFFFD", "end"), head.lines());
    }

    @Test
    void onlyTheFirstFortyLinesAreLookedAt() throws IOException {
        String text = IntStream.range(0, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        List<String> lines = head(text).lines();
        assertEquals(40, lines.size());
        assertEquals("line 39", lines.get(39));
    }

    @Test
    void aLineTheHeadCutsOffIsLeftOut() throws IOException {
        String line = "x".repeat(99) + "\n";
        FileHead head = head(line.repeat(20) + "y".repeat(20_000));
        assertEquals(20, head.lines().size(), "the 16 KB head ends inside a line of y");
        assertEquals(List.of("x".repeat(99)), List.copyOf(new java.util.HashSet<>(head.lines())));
    }

    private FileHead head(String text) throws IOException {
        return FileHead.of(Files.writeString(folder.resolve("head.txt"), text, StandardCharsets.UTF_8));
    }
}
