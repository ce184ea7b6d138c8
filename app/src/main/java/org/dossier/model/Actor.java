package org.dossier.model;

/**
 * Who is working on the case: a name and a role, chosen at start and remembered. Every change to
 * claims, evidence and reviews is recorded under it.
 */
public record Actor(String name, Role role) {

    /** What a person may do: reporters source claims; only editors approve them. */
    public enum Role {
        REPORTER, EDITOR
    }

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("whoever works on a case needs a name");
        }
        name = name.strip();
    }

    public boolean isEditor() {
        return role == Role.EDITOR;
    }
}
