package org.dossier.export;

/**
 * A place an export will redact, for the preview: where it is, the words found there, and how the
 * export shows them (the words around, with the mark).
 */
public record RedactionPlace(String where, String found, String shown) {
    /** Whether words are marked out here, rather than a confidential source's words withheld whole. */
    public boolean marksWords() {
        return shown.contains(Redactor.MARK);
    }
}
