package org.dossier.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dossier.app.Services;
import org.dossier.model.StoryEvent;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "timeline", description = {
        "The case's dated facts in time order: messages, documents' sent, created and modified times, dates found",
        "in text (a month as the whole month) and events added by hand, each with its source."})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    FilterOptions filter;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Only these kinds: ${COMPLETION-CANDIDATES} (comma-separated).",
            converter = KindConverter.class, completionCandidates = KindConverter.Names.class)
    Set<EventKind> kinds = EnumSet.allOf(EventKind.class);

    @Option(names = "--pinned", description = {"Only the story timeline: the events pinned, with their headlines (title), notes (excerpt),",
            "chapters and media."})
    boolean pinned;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events, earliest first.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--json", description = "Print {\"events\":[{\"id\",\"start\",\"end\",\"precision\",\"kind\",\"title\",\"excerpt\",\"item_id\",\"source_path\"}]}.")
    boolean json;


    /** Kinds as the JSON names them: message, document, mention, manual. */
    static final class KindConverter implements ITypeConverter<EventKind> {
        @Override
        public EventKind convert(String value) {
            try {
                return EventKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("\"" + value + "\" is not a kind: message, document, mention or manual");
            }
        }

        static final class Names extends ArrayList<String> {
            Names() {
                super(List.of("message", "document", "mention", "manual"));
            }
        }
    }

    /** An event; a story event also has its chapter and media (absent when it has none). */
    record EventJson(String id, String start, String end, String precision, String kind, String title, String excerpt,
                     Long item_id, String source_path, @JsonInclude(JsonInclude.Include.NON_NULL) String chapter,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String media) {
    }

    private final Services services;

    TimelineCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (pinned && (filter.onItems() || kinds.size() < EventKind.values().length)) {
            throw new UserError("--pinned lists the story as the reporter wrote it; it cannot be filtered by --entity, --tag, --source or --kind");
        }
        try (CaseFile caseFile = caseArgument.open()) {
            ZoneId zone = services.reading().zone(caseFile);
            TimelineQuery query = new TimelineQuery(filter.from(zone), filter.until(zone),
                    filter.items(services.timeline(), caseFile, kinds), limit);
            if (json) {
                out.print("{\"events\":[");
            }
            boolean[] first = {true};
            Consumer<EventJson> print = event -> {
                if (json) {
                    out.print((first[0] ? "" : ",") + Json.write(event));
                } else {
                    out.printf("%-25s %-8s %-9s %s%s%n", event.start(), event.precision(), event.kind(),
                            event.chapter() == null ? "" : "[" + event.chapter() + "] ", event.title());
                }
                first[0] = false;
            };
            if (pinned) {
                services.timeline().pinned(caseFile).stream()
                        .filter(entry -> (query.from() == null || !entry.event().end().isBefore(query.from()))
                                && (query.to() == null || entry.event().start().isBefore(query.to())))
                        .limit(limit).map(entry -> toJson(entry, zone)).forEach(print);
            } else {
                services.timeline().forEach(caseFile, query, event -> print.accept(toJson(event, zone)));
            }
            if (json) {
                out.println("]}");
            }
        }
        return 0;
    }

    private static EventJson toJson(TimelineEvent event, ZoneId zone) {
        return new EventJson(event.id(), Json.time(event.start(), zone), Json.time(event.end(), zone), event.precision().name(),
                event.kind().name().toLowerCase(Locale.ROOT), event.title(), event.excerpt(), event.itemId(), event.sourcePath(), null, null);
    }

    /** A story event: its headline as title, its note as excerpt, with its chapter and media. */
    private static EventJson toJson(StoryEvent entry, ZoneId zone) {
        TimelineEvent event = entry.event();
        return new EventJson(event.id(), Json.time(event.start(), zone), Json.time(event.end(), zone), event.precision().name(),
                event.kind().name().toLowerCase(Locale.ROOT), entry.text().headline(), entry.text().note(), event.itemId(),
                event.sourcePath(), entry.chapter(), entry.text().media());
    }
}
