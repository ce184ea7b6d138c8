package org.dossier.ingest;

/**
 * Where an import stands. {@code filesFound} grows while folders and archives are still being
 * walked ({@code walkFinished} false), so a front end shows an open-ended count until then.
 */
public record ImportProgress(long filesFound, long filesDone, long bytesDone, String currentPath, boolean walkFinished) {
}
