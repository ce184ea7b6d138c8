package org.dossier.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stands between the recursive parse and the parser of each part, and copies out the bytes of the
 * one part sought, named as the import named it ({@code /1/2}: the recursive parse numbers each
 * part before handing it to its parser); once it has them, the parse is cut short. Every other part
 * passes through untouched, so the parse numbers its parts as it did at import.
 */
final class PartCatcher extends ParserDecorator {
    private final String locator;
    private final Path out;
    private boolean caught;

    /** Thrown to end the parse once the part is out. */
    static final class Caught extends RuntimeException {
        Caught() {
            super(null, null, false, false);
        }
    }

    PartCatcher(Parser parser, String locator, Path out) {
        super(parser);
        this.locator = locator;
        this.out = out;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (!locator.equals(metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH))) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        Files.copy(stream, out, StandardCopyOption.REPLACE_EXISTING);
        caught = true;
        throw new Caught();
    }

    boolean caught() {
        return caught;
    }
}
