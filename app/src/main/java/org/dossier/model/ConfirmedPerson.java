package org.dossier.model;

import java.util.List;

/** Accounts the reporter said are one person, under the name they chose. */
public record ConfirmedPerson(long id, String name, List<PersonAccount> accounts) {
    /** How the communications graph keys a confirmed person: this and the id. */
    public static final String KEY_PREFIX = "person:";

    public ConfirmedPerson {
        accounts = List.copyOf(accounts);
    }

    /** The person's key in the communications graph. */
    public String key() {
        return KEY_PREFIX + id;
    }
}
