package org.dossier.model;

/**
 * Something a text names, at an exact span of it.
 *
 * @param start      offset of the first character in the item's text
 * @param end        offset after the last character
 * @param normalized a form that is the same for the same thing: a lower-cased e-mail, a phone in
 *                   international digits, an amount and currency, a date's value
 * @param date       for dates, the value, its precision and how it was resolved; null otherwise
 */
public record Mention(MentionType type, String text, int start, int end, String normalized, String extractor,
                      double confidence, DateValue date) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /**
     * A date's value (YYYY-MM-DD, YYYY-MM or YYYY by precision).
     *
     * @param relative  resolved against the anchor (the message's time, the document's date)
     * @param ambiguous the text allows another reading (03/04/2023: March or April)
     */
    public record DateValue(String value, DatePrecision precision, boolean relative, boolean ambiguous) {
    }
}
