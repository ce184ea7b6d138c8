package org.dossier.model;

/** A conversation as the sources panel lists it: where it comes from and how many messages it holds. */
public record ConversationSummary(long id, String name, String platform, long messages) {
}
