package org.dossier.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.TimelineEvent.EventPrecision;
import org.dossier.model.TimelineEvent;

/** An event's date as exports write it: at its precision, in the case's zone, the zone named. */
final class StoryDates {
    /** What an export shows for the date of a confidential source's event when the reporter chose to show none. */
    static final String WITHHELD = "date withheld";

    private StoryDates() {
    }

    /** The date as HTML's {@code <time datetime>} gives it, no finer than shown: "2023", "2023-11", "2023-11-20", "2023-11-20T18:40+08:00". */
    static String machine(Instant start, EventPrecision precision, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return switch (precision) {
            case YEAR -> String.valueOf(at.getYear());
            case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(at);
            case DAY -> at.toLocalDate().toString();
            default -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx").format(at);
        };
    }

    /** "2023-11", "2023-11-20", "2023-11-20 18:40 CST": no finer than the evidence says. */
    static String text(TimelineEvent event, ZoneId zone) {
        return text(event.start(), event.precision(), zone);
    }

    static String text(Instant start, EventPrecision precision, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return switch (precision) {
            case YEAR -> String.valueOf(at.getYear());
            case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(at);
            case DAY -> at.toLocalDate().toString();
            default -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH).format(at);
        };
    }

    /**
     * The period at a precision no finer than {@code finest} that holds {@code start}: its first
     * moment and its last. A confidential source's message shown "2023-08" is placed at the
     * month's start, never at the minute it was sent.
     */
    static Instant[] atMost(Instant start, Instant end, EventPrecision precision, EventPrecision finest, ZoneId zone) {
        if (precision.compareTo(finest) >= 0) {
            return new Instant[] {start, end};
        }
        ZonedDateTime at = start.atZone(zone);
        ZonedDateTime first = switch (finest) {
            case YEAR -> at.toLocalDate().withDayOfYear(1).atStartOfDay(zone);
            case MONTH -> at.toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
            case DAY -> at.toLocalDate().atStartOfDay(zone);
            default -> at;
        };
        ZonedDateTime after = switch (finest) {
            case YEAR -> first.plusYears(1);
            case MONTH -> first.plusMonths(1);
            case DAY -> first.plusDays(1);
            default -> first;
        };
        return new Instant[] {first.toInstant(), after.toInstant().minusMillis(1)};
    }

    /** TimelineJS's date object ({year, month, day, hour, minute}), down to the event's precision. */
    static Map<String, Integer> timelineJs(Instant instant, EventPrecision precision, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        Map<String, Integer> date = new LinkedHashMap<>();
        date.put("year", at.getYear());
        if (precision != EventPrecision.YEAR) {
            date.put("month", at.getMonthValue());
        }
        if (precision != EventPrecision.YEAR && precision != EventPrecision.MONTH) {
            date.put("day", at.getDayOfMonth());
        }
        if (precision == EventPrecision.MINUTE || precision == EventPrecision.SECOND) {
            date.put("hour", at.getHour());
            date.put("minute", at.getMinute());
        }
        return date;
    }
}
