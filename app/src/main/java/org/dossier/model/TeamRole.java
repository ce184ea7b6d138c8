package org.dossier.model;

/** What a member of a team case may do: a reporter sources and comments, an editor also approves and sends back. */
public enum TeamRole {
    REPORTER, EDITOR
}
