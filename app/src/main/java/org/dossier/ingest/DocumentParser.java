package org.dossier.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import org.dossier.model.ParsedFile;

/** Turns one file into items. Implementations are thread-safe and never throw for a bad file. */
public interface DocumentParser {
    /**
     * @param name         the file's name as received (it may live in a temporary file)
     * @param mediaType    the file's format as already detected, or null to detect it here
     * @param assumedZone  the zone for times the file writes without one
     */
    ParsedFile parse(Path file, String name, String mediaType, ZoneId assumedZone);

    /** Parses a file whose format is not known yet. */
    default ParsedFile parse(Path file, String name, ZoneId assumedZone) {
        return parse(file, name, null, assumedZone);
    }
}
