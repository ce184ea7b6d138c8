package org.dossier.model;

/**
 * One address on an e-mail, as its headers gave it.
 *
 * @param role    {@code from}, {@code to}, {@code cc} or {@code bcc}
 * @param address the address in lower case, or an Exchange server's name for it (no @)
 * @param name    the name written with it, or null
 */
public record MailAddress(String role, String address, String name) {
    public static final String FROM = "from";

    public boolean isSender() {
        return FROM.equals(role);
    }
}
