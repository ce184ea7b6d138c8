package org.dossier.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ticks of a time axis go, and what they say, for a window of any width from decades to
 * minutes: the coarsest step that still gives at least a few ticks, aligned to the calendar of the
 * case's zone (midnights, first days of months, new years).
 */
final class TimeAxis {
    private TimeAxis() {
    }

    /** A tick: where it is, and its label. */
    record Tick(Instant at, String label) {
    }

    private record Step(ChronoUnit unit, int amount, String pattern) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(ChronoUnit.YEARS, 10, "yyyy"), new Step(ChronoUnit.YEARS, 1, "yyyy"),
            new Step(ChronoUnit.MONTHS, 3, "yyyy-MM"), new Step(ChronoUnit.MONTHS, 1, "yyyy-MM"),
            new Step(ChronoUnit.DAYS, 7, "yyyy-MM-dd"), new Step(ChronoUnit.DAYS, 1, "MM-dd"),
            new Step(ChronoUnit.HOURS, 6, "MM-dd HH:mm"), new Step(ChronoUnit.HOURS, 1, "HH:mm"),
            new Step(ChronoUnit.MINUTES, 15, "HH:mm"), new Step(ChronoUnit.MINUTES, 5, "HH:mm"),
            new Step(ChronoUnit.MINUTES, 1, "HH:mm"));

    /** Ticks inside [from, to), at most {@code most} of them. */
    static List<Tick> ticks(Instant from, Instant to, ZoneId zone, int most) {
        Duration width = Duration.between(from, to);
        Step chosen = STEPS.get(STEPS.size() - 1);
        for (Step step : STEPS) {
            if (approximate(step).multipliedBy(most).compareTo(width) >= 0 && width.dividedBy(approximate(step)) >= 2) {
                chosen = step;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(chosen.pattern());
        List<Tick> ticks = new ArrayList<>();
        for (ZonedDateTime at = align(from.atZone(zone), chosen); at.toInstant().isBefore(to) && ticks.size() <= most * 2;
             at = at.plus(chosen.amount(), chosen.unit())) {
            if (!at.toInstant().isBefore(from)) {
                ticks.add(new Tick(at.toInstant(), format.format(at)));
            }
        }
        return ticks;
    }

    private static Duration approximate(Step step) {
        return switch (step.unit()) {
            case YEARS -> Duration.ofDays(365L * step.amount());
            case MONTHS -> Duration.ofDays(30L * step.amount());
            default -> step.unit().getDuration().multipliedBy(step.amount());
        };
    }

    private static ZonedDateTime align(ZonedDateTime time, Step step) {
        return switch (step.unit()) {
            case YEARS -> time.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS).withYear(time.getYear() - time.getYear() % step.amount());
            case MONTHS -> time.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).withMonth(1 + (time.getMonthValue() - 1) / step.amount() * step.amount());
            case DAYS -> time.truncatedTo(ChronoUnit.DAYS);
            case HOURS -> time.truncatedTo(ChronoUnit.HOURS).withHour(time.getHour() / step.amount() * step.amount());
            default -> time.truncatedTo(ChronoUnit.MINUTES).withMinute(time.getMinute() / step.amount() * step.amount());
        };
    }
}
