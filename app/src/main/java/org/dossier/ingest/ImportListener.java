package org.dossier.ingest;

/** Hears how an import is going; called on the importing thread, a few times a second at most. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = progress -> { };

    void progress(ImportProgress progress);
}
