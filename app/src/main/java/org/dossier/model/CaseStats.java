package org.dossier.model;

/**
 * Counts over a whole case.
 *
 * @param awaitingExtraction items with text that no extraction pass has read yet (decision 0016)
 */
public record CaseStats(
        long sources,
        long documents,
        long conversations,
        long messages,
        long systemEvents,
        long entities,
        long mentions,
        long events,
        long failed,
        long awaitingExtraction) {
}
