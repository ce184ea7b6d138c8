package org.dossier.store;

/** A case file that cannot be opened for a reason the user can act on. The message says which. */
public class CaseFileException extends StoreException {
    public CaseFileException(String message) {
        super(message);
    }
}
