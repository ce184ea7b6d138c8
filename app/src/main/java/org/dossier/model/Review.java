package org.dossier.model;

import java.time.Instant;

/** What a reporter or an editor said or decided about a claim. */
public record Review(long id, long claimId, String reviewer, Actor.Role role, Action action, String text, Instant at) {

    /** A comment, an editor's decision, or an editor's reason to approve against the right-of-reply rule. */
    public enum Action {
        COMMENT, APPROVE, SEND_BACK, OVERRIDE
    }
}
