package org.dossier.store;

/**
 * A change to a claim rested on a version of it that another change has since replaced (another
 * member of a team case reworded it, took evidence off it, decided it): nothing was written, and
 * the message says who changed it and when, so the window can read the claim again and say so.
 */
public final class ClaimChangedException extends StoreException {
    ClaimChangedException(String message) {
        super(message);
    }
}
