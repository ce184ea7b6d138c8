package org.dossier.attribution;

/**
 * A change made from a claim as a window showed it, refused because another change came first
 * (another member of a team case reworded it, sourced it, decided it): nothing was written, and the
 * message says who changed it and when. The board reads the claims again.
 */
public final class StaleClaimException extends AttributionException {
    StaleClaimException(String message) {
        super(message);
    }
}
