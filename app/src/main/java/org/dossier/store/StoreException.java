package org.dossier.store;

/** A failure of the case file itself (I/O, corruption, a bug in a query). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
