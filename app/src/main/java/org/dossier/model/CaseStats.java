package org.dossier.model;

/** Counts over a whole case. */
public record CaseStats(
        long sources,
        long documents,
        long conversations,
        long messages,
        long systemEvents,
        long entities,
        long mentions,
        long events,
        long failed) {
}
