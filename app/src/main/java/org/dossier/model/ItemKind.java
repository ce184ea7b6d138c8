package org.dossier.model;

/** What an item is. E-mails and attachments are documents; chat lines are messages. */
public enum ItemKind {
    DOCUMENT, MESSAGE, SYSTEM_EVENT;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ItemKind fromDbName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
