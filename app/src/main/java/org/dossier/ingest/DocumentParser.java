package org.dossier.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import org.dossier.model.ParsedFile;

/** Turns one file into items. Implementations are thread-safe and never throw for a bad file. */
public interface DocumentParser {
    /**
     * @param name         the file's name as received (it may live in a temporary file)
     * @param assumedZone  the zone for times the file writes without one
     */
    ParsedFile parse(Path file, String name, ZoneId assumedZone);
}
