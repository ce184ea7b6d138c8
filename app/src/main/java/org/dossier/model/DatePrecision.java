package org.dossier.model;

/** How much of a date a text gives: "15 December 2023", "December 2023", "2023". */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The value's written form at this precision: 2023-12-15, 2023-12, 2023. */
    public String format(java.time.LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case YEAR -> String.format("%04d", date.getYear());
        };
    }
}
