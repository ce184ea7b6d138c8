package org.dossier.attribution;

/** A change the rules of the board refuse, with the reason to show the person who asked. */
public class AttributionException extends RuntimeException {
    public AttributionException(String message) {
        super(message);
    }
}
