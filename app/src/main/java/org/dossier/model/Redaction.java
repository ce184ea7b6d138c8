package org.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * Something every export hides: an entity of the case, or a term the reporter typed.
 *
 * @param entityId the entity marked, or null for a term
 * @param label    the entity's name, or the term
 * @param terms    every string hidden for it: an entity's name, its aliases and each way the text
 *                 wrote it (its mentions' surfaces); for a term, the term
 */
public record Redaction(long id, Long entityId, String label, List<String> terms, String addedBy, Instant addedAt) {
    public Redaction {
        terms = List.copyOf(terms);
    }
}
