package org.dossier.model;

/** A mention as the case holds it, with the entity it belongs to (null for dates and shapes). */
public record StoredMention(long id, Long entityId, Mention mention) {
}
