package org.dossier.ingest;

import java.nio.file.Path;

/** Names a file's format from its bytes (and, as a hint, its name). Thread-safe. */
public interface MediaTypeDetector {
    String detect(Path file, String name);
}
