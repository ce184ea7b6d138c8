package org.dossier.ingest.tika;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.dossier.model.Timestamp;

/**
 * Reads the times Tika reports. Tika writes ISO-8601, with an offset when the file had one and
 * without when it did not (Office files often store local time): the latter get the case's zone,
 * marked as assumed.
 */
final class TikaTimes {
    private TikaTimes() {
    }

    static Timestamp parse(String value, ZoneId assumedZone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Timestamp.of(OffsetDateTime.parse(text).toZonedDateTime());
        } catch (DateTimeParseException notOffset) {
            // fall through to the forms without a zone
        }
        try {
            return new Timestamp(LocalDateTime.parse(text).atZone(assumedZone).toInstant(), assumedZone, true);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return new Timestamp(LocalDate.parse(text).atStartOfDay(assumedZone).toInstant(), assumedZone, true);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /**
     * An e-mail's Date header, e.g. {@code Wed, 20 Jul 2016 18:35:02 +0200 (CEST)}: the sender's
     * own offset, which Tika's normalised UTC value drops.
     */
    static Timestamp parseMailHeader(String header) {
        if (header == null) {
            return null;
        }
        String text = header.replaceAll("\\(.*?\\)", "").strip().replaceAll("\\s+", " ");
        try {
            return Timestamp.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
