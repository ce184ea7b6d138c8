package org.dossier.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineFilter;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;
import picocli.CommandLine.Option;

/** The options that choose items by time, entity, tag and source, shared by the timeline and the graph. */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD, in the case's zone) or instant (ISO-8601).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day, or up to this instant.")
    String to;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only what comes from items that mention this person, organisation or place (any of its names).")
    String entity;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only what comes from items the reporter tagged so.")
    String tag;

    @Option(names = "--source", paramLabel = "PATH", description = "Only what comes from this file as received, or the files under this folder or inside this archive.")
    String source;

    /** Whether an entity, a tag or a source was asked for. */
    boolean onItems() {
        return entity != null || tag != null || source != null;
    }

    /** The entity, tag and source asked for, with these kinds. */
    TimelineFilter items(TimelineService timeline, CaseFile caseFile, Set<EventKind> kinds) {
        Long entityId = entity == null ? null : timeline.entityNamed(caseFile, entity)
                .orElseThrow(() -> new UserError("the case has no person, organisation or place called " + entity));
        return new TimelineFilter(entityId, tag, source, kinds);
    }

    Instant from(ZoneId zone) {
        return instant(from, zone, false);
    }

    Instant until(ZoneId zone) {
        return instant(to, zone, true);
    }

    /** A day in the case's zone (its start, or for --to the start of the next day) or an ISO-8601 instant. */
    private static Instant instant(String value, ZoneId zone, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("\"" + value + "\" is neither a day (2023-12-15) nor an instant (2023-12-15T09:00:00+08:00)");
        }
    }
}
