package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.ocr.OcrException;
import org.dossier.ingest.ocr.PictureParts;
import org.dossier.model.OcrPicture;
import org.dossier.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture inside a file is copied out of it again by the locator the import gave it, and only if it is still what was imported. */
class PicturePartsTest {
    @TempDir
    Path dir;

    @Test
    void theAttachmentComesOutAsItWentInAndAPartNumberedOtherwiseIsRefused() throws Exception {
        Font font = RenderedText.font("Wire", 40, "DejaVu Serif", "Liberation Serif", "Serif");
        byte[] png = Files.readAllBytes(RenderedText.page(dir.resolve("wire.png"), List.of("Wire"), font, 0, 0));
        Path mail = RenderedText.mail(dir.resolve("dump/wire.eml"), "wire.png", png);

        Path out = dir.resolve("out.bin");
        PictureParts.write(picture(mail, "/1", "image/png"), mail, out);
        assertArrayEquals(png, Files.readAllBytes(out), "the attachment's bytes, decoded from the mail's Base64");

        OcrException renumbered = assertThrows(OcrException.class, () -> PictureParts.write(picture(mail, "/1", "image/gif"), mail, out));
        assertEquals("the part of wire.eml at /1 is now image/png, not the image/gif imported (its parts are numbered otherwise now),"
                + " so it was not read", renumbered.getMessage());
        OcrException missing = assertThrows(OcrException.class, () -> PictureParts.write(picture(mail, "/7", "image/png"), mail, out));
        assertEquals("the picture cannot be copied out of wire.eml again", missing.getMessage());
    }

    private static OcrPicture picture(Path mail, String locator, String type) throws Exception {
        return new OcrPicture(1, 2, "/dump/wire.eml", mail, new Sha256("0".repeat(64)), List.of(), new Sha256("0".repeat(64)), Files.size(mail), "message/rfc822",
                new OcrPicture.Part(locator, "wire.png", type));
    }
}
