package org.dossier.ingest.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.model.OcrPicture;

/**
 * A picture inside a file (an e-mail's attachment, a picture in a Word or PowerPoint file) copied
 * out of the file again, for OCR or for a person to see. The file is parsed again as the import
 * parsed it, in a Java process of its own with the parser process's heap and a time limit: the
 * file is evidence from a leak, and Tika's parsers are not trusted in Dossier's own process.
 */
public final class PictureParts {
    /** How long parsing the file again may take. */
    public static final Duration LIMIT = Duration.ofSeconds(120);
    private static final int HEAP_MB = 1024;
    private static final String FOUND = "found";

    private PictureParts() {
    }

    /**
     * Writes the part of {@code picture} to {@code out}, from {@code file}, the file's own bytes
     * (already checked against its SHA-256).
     *
     * @throws OcrException when the file no longer yields the part, or cannot be parsed in time
     */
    public static void write(OcrPicture picture, Path file, Path out) throws IOException, OcrException {
        String name = picture.path().substring(Math.max(picture.path().lastIndexOf('/'), picture.path().lastIndexOf('\\')) + 1);
        LimitedProcess.Ended ended = LimitedProcess.run(JavaChild.command(HEAP_MB, Writer.class, file.toString(), name,
                picture.mediaType(), picture.part().locator(), out.toString()), LIMIT, "copying the picture out of its file");
        String said = ended.out().lines().reduce((first, last) -> last).orElse("").strip();
        if (ended.exit() != 0 || !said.startsWith(FOUND) || !Files.isRegularFile(out)) {
            throw new OcrException("the picture cannot be copied out of " + name + " again" + JavaChild.why(ended));
        }
        // The parse numbers a file's parts; another version of Tika or of Dossier's settings might number them otherwise
        String type = said.substring(FOUND.length()).strip();
        if (!type.equals(picture.part().mediaType())) {
            throw new OcrException("the part of " + name + " at " + picture.part().locator() + " is now " + type + ", not the "
                    + picture.part().mediaType() + " imported (its parts are numbered otherwise now), so it was not read");
        }
    }

    /** The process: {@code Writer FILE NAME MEDIA_TYPE LOCATOR OUT} writes the part and prints "found" and its type. */
    public static final class Writer {
        private Writer() {
        }

        public static void main(String[] arguments) throws IOException {
            Path out = Path.of(arguments[4]);
            boolean found = TikaDocumentParser.writePart(Path.of(arguments[0]), arguments[1], arguments[2], arguments[3], out);
            System.out.println(found ? FOUND + " " + new TikaMediaTypeDetector().detect(out, "") : "missing");
        }
    }
}
