package org.dossier.model;

/**
 * A conversation as the sources panel lists it: where it comes from and how many messages it holds.
 *
 * @param zoneAssumed its export carried no time zone, so its times were read in the case's
 */
public record ConversationSummary(long id, String name, String platform, long messages, boolean zoneAssumed) {
}
