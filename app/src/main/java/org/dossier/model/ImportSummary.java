package org.dossier.model;

import java.util.List;

/**
 * What one import did. Every file met is counted exactly once: imported, already in the case,
 * or failed, so {@code files == imported + skippedDuplicates + failedFiles}.
 */
public record ImportSummary(
        long files,
        long imported,
        long documents,
        long messages,
        long skippedDuplicates,
        List<FileFailure> failures,
        boolean cancelled) {
}
