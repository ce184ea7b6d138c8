package org.dossier.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.model.ParsedFile;

/** Parsers that behave as hostile files make real parsers behave, chosen by the file's name. */
public final class MisbehavingParsers implements DocumentParser {
    private final TikaDocumentParser tika = new TikaDocumentParser();

    @Override
    public ParsedFile parse(Path file, String name, String mediaType, ZoneId assumedZone) {
        if (name.startsWith("hang")) {
            while (true) {
                Thread.onSpinWait();
            }
        }
        if (name.startsWith("greedy")) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
        if (name.startsWith("crash")) {
            Runtime.getRuntime().halt(7);
        }
        return tika.parse(file, name, mediaType, assumedZone);
    }
}
