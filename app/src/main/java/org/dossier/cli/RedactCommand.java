package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.export.ExportService;
import org.dossier.export.RedactionPlace;
import org.dossier.export.RedactionPreview;
import org.dossier.model.Actor;
import org.dossier.model.Redaction;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "redact", description = {
        "Lists what every export redacts, marks more, or takes a mark off. An entity (by name or alias) is redacted",
        "under every name and written form the case knows; a term (a phone number, a name the case does not know)",
        "as typed, whatever its case or spacing. With --preview, prints each place an export would redact."})
final class RedactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--entity", paramLabel = "NAME", description = "An entity to redact, by its name or an alias.")
    List<String> entities = new ArrayList<>();

    @Option(names = "--term", paramLabel = "TEXT", description = "Words to redact as typed.")
    List<String> terms = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "ID", description = "A redaction to take off, by the id the list shows.")
    List<Long> removals = new ArrayList<>();

    @Option(names = "--as", paramLabel = "NAME", description = "Who marks (recorded in the audit log); needed to change the list.")
    String actorName;

    @Option(names = "--preview", paramLabel = "WHAT", description = "The places an export of ${COMPLETION-CANDIDATES} would redact.")
    ExportCommand.What preview;

    @Option(names = "--include-unapproved", description = "Preview the memo of every claim, not only the approved ones.")
    boolean includeUnapproved;

    private final Services services;

    RedactCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ExportService exporter = services.exporter();
        PrintWriter out = spec.commandLine().getOut();
        try (CaseFile caseFile = caseArgument.open()) {
            if (!entities.isEmpty() || !terms.isEmpty() || !removals.isEmpty()) {
                Actor actor = actor();
                for (String name : entities) {
                    exporter.redactEntity(caseFile, actor, entityId(caseFile, name));
                }
                terms.forEach(term -> exporter.redactTerm(caseFile, actor, term));
                removals.forEach(id -> exporter.unredact(caseFile, actor, id));
            }
            if (preview != null) {
                RedactionPreview shown = preview == ExportCommand.What.memo ? exporter.previewMemo(caseFile, includeUnapproved)
                        : exporter.previewTimeline(caseFile);
                List<RedactionPlace> places = shown.places();
                places.forEach(place -> out.printf("%s: \"%s\" -> …%s…%n", place.where(), place.found(), place.shown()));
                out.printf("%d place%s redacted%n", places.size(), places.size() == 1 ? "" : "s");
                shown.pictures().forEach(picture -> out.printf("CHECK BY EYE  %s (re-encoded without its metadata: EXIF, XMP, comments;"
                        + " Dossier cannot redact what it shows)%n", picture));
                return 0;
            }
            for (Redaction redaction : exporter.redactions(caseFile)) {
                out.printf("%d\t%s\t%s%s\t(by %s)%n", redaction.id(), redaction.entityId() == null ? "term" : "entity",
                        redaction.label(), redaction.terms().size() > 1 ? " = " + String.join(" | ", redaction.terms()) : "",
                        redaction.addedBy());
            }
        }
        return 0;
    }

    private long entityId(CaseFile caseFile, String name) {
        return services.entities().find(caseFile, name).orElseThrow(() -> new UserError("no entity is named " + name));
    }

    private Actor actor() {
        if (actorName == null || actorName.isBlank()) {
            throw new UserError("say who marks the redactions with --as NAME: the audit log records it");
        }
        return new Actor(actorName, Actor.Role.REPORTER);
    }
}
