package org.dossier.store;

/** A change to the case's entities that cannot be made as asked (no such entity, already one). The message says why. */
public class EntityChangeException extends StoreException {
    public EntityChangeException(String message) {
        super(message);
    }
}
