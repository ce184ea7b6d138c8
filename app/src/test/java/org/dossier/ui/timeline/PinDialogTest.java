package org.dossier.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story event's media is a web address or a file that exists, or nothing. */
class PinDialogTest {
    @TempDir
    Path dir;

    @Test
    void mediaIsALinkOrAFileThatExists() throws Exception {
        Path picture = Files.write(dir.resolve("order.png"), new byte[] {1});
        assertEquals("", PinDialog.problemWith(""));
        assertEquals("", PinDialog.problemWith("https://example.org/order.png"));
        assertEquals("", PinDialog.problemWith(picture.toString()));
        assertEquals("No file at " + dir.resolve("gone.png"), PinDialog.problemWith(dir.resolve("gone.png").toString()));
        assertEquals("No file at " + dir, PinDialog.problemWith(dir.toString()), "a folder is not a picture");
    }
}
