package org.dossier.export;

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
    private StoryDates() {
    }

    /** "2023-11", "2023-11-20", "2023-11-20 18:40 CST": no finer than the evidence says. */
    static String text(TimelineEvent event, ZoneId zone) {
        ZonedDateTime at = event.start().atZone(zone);
        return switch (event.precision()) {
            case YEAR -> String.valueOf(at.getYear());
            case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(at);
            case DAY -> at.toLocalDate().toString();
            default -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH).format(at);
        };
    }

    /** TimelineJS's date object ({year, month, day, hour, minute}), down to the event's precision. */
    static Map<String, Integer> timelineJs(java.time.Instant instant, EventPrecision precision, ZoneId zone) {
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
