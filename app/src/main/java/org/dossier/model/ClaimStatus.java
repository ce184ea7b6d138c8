package org.dossier.model;

/** The board's columns, in order: what a claim's sourcing amounts to, and the editor's approval. */
public enum ClaimStatus {
    UNSOURCED("Unsourced"),
    SINGLE_SOURCE("Single source"),
    CORROBORATED("Corroborated"),
    DISPUTED("Disputed"),
    APPROVED("Approved");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
