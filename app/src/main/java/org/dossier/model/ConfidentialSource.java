package org.dossier.model;

import java.util.Locale;

/**
 * A human source who spoke on condition of anonymity: known in the case by a pseudonym, with a
 * private note. Their real identity, if recorded at all, stays in the case file: it is never shown
 * on the board, written to the audit log or exported.
 *
 * @param datesShown how precisely exports date the excerpts from this source
 */
public record ConfidentialSource(long id, String pseudonym, String privateNote, boolean identityRecorded, DatesShown datesShown) {

    /** How precisely an export may date an excerpt from a confidential source: the minute would single out who wrote it. */
    public enum DatesShown {
        NONE, YEAR, MONTH, DAY;

        public String dbName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static DatesShown fromDbName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }
}
