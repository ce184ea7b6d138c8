package org.dossier.model;

import java.time.Instant;

/**
 * One line of the case's append-only audit log: who did what to which row, when, and the row
 * before and after (JSON; a confidential source's identity is never written there).
 */
public record AuditEntry(long id, Instant at, String actor, Actor.Role role, String action, String table, long rowId,
                         String before, String after) {
}
