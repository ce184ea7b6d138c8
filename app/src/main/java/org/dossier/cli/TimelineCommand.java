package org.dossier.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", description = {
        "The case's dated facts in time order: messages, documents' sent, created and modified times, dates found",
        "in text (a month as the whole month) and events added by hand, each with its source."})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD, in the case's zone) or instant (ISO-8601).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day, or up to this instant.")
    String to;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only what comes from items that mention this person, organisation or place (any of its names).")
    String entity;

    @Option(names = "--pinned", description = "Only the story timeline: the events pinned, with their headlines (title) and notes (excerpt).")
    boolean pinned;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events, earliest first.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--json", description = "Print {\"events\":[{\"id\",\"start\",\"end\",\"precision\",\"kind\",\"title\",\"excerpt\",\"item_id\",\"source_path\"}]}.")
    boolean json;

    private final TimelineService timeline = new TimelineService();

    record EventJson(String id, String start, String end, String precision, String kind, String title, String excerpt,
                     Long item_id, String source_path) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (pinned && entity != null) {
            throw new UserError("--pinned lists the story as the reporter wrote it; it cannot be filtered by --entity");
        }
        try (CaseFile caseFile = caseArgument.open()) {
            ZoneId zone = caseFile.timeZone();
            Long entityId = entity == null ? null : timeline.entityNamed(caseFile, entity)
                    .orElseThrow(() -> new UserError("the case has no person, organisation or place called " + entity));
            TimelineQuery query = new TimelineQuery(instant(from, zone, false), instant(to, zone, true), entityId, limit);
            if (json) {
                out.print("{\"events\":[");
            }
            boolean[] first = {true};
            java.util.function.Consumer<TimelineEvent> print = event -> {
                if (json) {
                    out.print((first[0] ? "" : ",") + Json.write(toJson(event, zone)));
                } else {
                    out.printf("%-25s %-8s %-9s %s%n", event.start().atZone(zone).toOffsetDateTime(), event.precision(),
                            event.kind().name().toLowerCase(java.util.Locale.ROOT), event.title());
                }
                first[0] = false;
            };
            if (pinned) {
                timeline.pinned(caseFile).stream().map(p -> p.event())
                        .filter(e -> (query.from() == null || !e.end().isBefore(query.from())) && (query.to() == null || e.start().isBefore(query.to())))
                        .limit(limit).forEach(print);
            } else {
                timeline.forEach(caseFile, query, print);
            }
            if (json) {
                out.println("]}");
            }
        }
        return 0;
    }

    private static EventJson toJson(TimelineEvent event, ZoneId zone) {
        return new EventJson(event.id(), event.start().atZone(zone).toOffsetDateTime().toString(),
                event.end().atZone(zone).toOffsetDateTime().toString(), event.precision().name(),
                event.kind().name().toLowerCase(java.util.Locale.ROOT), event.title(), event.excerpt(), event.itemId(), event.sourcePath());
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
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("\"" + value + "\" is neither a day (2023-12-15) nor an instant (2023-12-15T09:00:00+08:00)");
        }
    }
}
