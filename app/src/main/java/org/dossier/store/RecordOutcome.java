package org.dossier.store;

/** What recording one parsed file did to the case. */
public record RecordOutcome(Kind kind, int documents, int messages) {
    public enum Kind { IMPORTED, DUPLICATE, FAILED }

    static RecordOutcome duplicate() {
        return new RecordOutcome(Kind.DUPLICATE, 0, 0);
    }
}
