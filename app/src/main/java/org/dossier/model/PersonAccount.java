package org.dossier.model;

/**
 * One way someone appears in the evidence: an e-mail address or a chat platform's participant.
 *
 * @param key      {@code email:address} or {@code chat:participant id}, as the communications graph keys them
 * @param name     the name the evidence writes most often for it
 * @param account  the address, or the platform's id for the participant
 * @param platform {@code email}, or the chat platform
 */
public record PersonAccount(String key, String name, String account, String platform) {
}
