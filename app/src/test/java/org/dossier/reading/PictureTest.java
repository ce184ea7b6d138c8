package org.dossier.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.dossier.model.OcrPicture;
import org.dossier.model.Sha256;
import org.dossier.store.CaseFile;
import org.dossier.store.Originals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture beside an OCR text: the case's bytes or none, and no more pixels than a screen needs. */
class PictureTest {
    @TempDir
    Path dir;
    private CaseFile caseFile;

    @Test
    void aLargePictureIsDecodedWithEveryOtherPixelAndSaysSoForItsBoxes() throws Exception {
        Path file = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
        Picture shown = Picture.of(originals(), onDisk(file, sha256(file)), 1);
        assertEquals(2, shown.subsampling(), "12 million pixels shown as 3 million");
        assertEquals(2000, shown.width());
        assertEquals(1500, shown.height());
        assertEquals(2000 * 1500, shown.argb().length);
    }

    @Test
    void aPictureWhoseBytesDifferFromTheImportsIsNotShown() throws Exception {
        Path file = dir.resolve("scan.png");
        ImageIO.write(new BufferedImage(100, 80, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
        assertEquals(1, Picture.of(originals(), onDisk(file, sha256(file)), 1).subsampling());
        PictureUnavailable refused = assertThrows(PictureUnavailable.class, () -> Picture.of(originals(), onDisk(file, new Sha256("0".repeat(64))), 1));
        assertEquals("The picture on disk has changed since it was imported; run verify.", refused.getMessage());
    }

    /** A case that keeps no originals: the picture is read on disk. */
    private Originals originals() {
        if (caseFile == null) {
            caseFile = CaseFile.openOrCreate(dir.resolve("case.dossier"), ZoneOffset.UTC, Clock.systemUTC());
        }
        return Originals.of(caseFile);
    }

    @AfterEach
    void closeCase() {
        if (caseFile != null) {
            caseFile.close();
        }
    }

    private static OcrPicture onDisk(Path file, Sha256 sha256) throws Exception {
        return new OcrPicture(1, 1, "/dump/" + file.getFileName(), file, sha256, List.of(), sha256, Files.size(file), "image/png", null);
    }

    private static Sha256 sha256(Path file) throws Exception {
        return new Sha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
    }
}
