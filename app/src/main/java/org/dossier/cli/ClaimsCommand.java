package org.dossier.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "claims", description = {
        "The story's claims in the draft's order, each with its status, its independent sources, the excerpts",
        "that source it and its reviews; or, with --audit, every change to claims, evidence and reviews."})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--audit", description = "Print the audit log instead: who changed what, when, the row before and after.")
    boolean audit;

    @Option(names = "--json", description = {"Print {\"claims\":[{\"id\",\"text\",\"section\",\"status\",\"independent_sources\",",
            "\"evidence\":[{\"kind\",\"stance\",\"excerpt\",\"source_path\",\"item_id\",…}],\"reviews\":[…]}]}",
            "(with --audit: {\"audit\":[{\"at\",\"actor\",\"role\",\"action\",\"table\",\"row_id\",\"before\",\"after\"}]})."})
    boolean json;

    private final Services services;

    ClaimsCommand(Services services) {
        this.services = services;
    }

    record ClaimJson(long id, String text, String section, String status, int independent_sources, List<EvidenceJson> evidence,
                     List<ReviewJson> reviews) {
    }

    record EvidenceJson(long id, String kind, String stance, String excerpt, String source_path, long item_id, int start, int end,
                        String speaker, String spoken_at, String spoken_to, Boolean by_party_concerned, String confidential_source) {
    }

    record ReviewJson(String reviewer, String role, String action, String text, String at) {
    }

    record AuditJson(String at, String actor, String role, String action, String table, long row_id, String before, String after) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseFile caseFile = caseArgument.open()) {
            ZoneId zone = caseFile.timeZone();
            if (audit) {
                List<AuditEntry> log = services.attribution().auditLog(caseFile);
                if (json) {
                    out.println(Json.write(java.util.Map.of("audit", log.stream().map(e -> new AuditJson(Json.time(e.at(), zone), e.actor(),
                            lower(e.role()), e.action(), e.table(), e.rowId(), e.before(), e.after())).toList())));
                } else {
                    log.forEach(e -> out.printf("%s  %-12s %-8s %-18s %s %d%n", Json.time(e.at(), zone), e.actor(), lower(e.role()), e.action(),
                            e.table(), e.rowId()));
                }
                return 0;
            }
            List<Claim> claims = services.attribution().claims(caseFile);
            if (json) {
                out.println(Json.write(java.util.Map.of("claims", claims.stream().map(c -> toJson(c, zone)).toList())));
            } else {
                claims.forEach(c -> out.printf("%-14s %d source%s  %s%n", c.status().label(), c.independentSources(),
                        c.independentSources() == 1 ? " " : "s", c.text()));
            }
        }
        return 0;
    }

    private static ClaimJson toJson(Claim claim, ZoneId zone) {
        return new ClaimJson(claim.id(), claim.text(), claim.section(), lower(claim.status()), claim.independentSources(),
                claim.evidence().stream().map(e -> toJson(e, zone)).toList(),
                claim.reviews().stream().map(r -> new ReviewJson(r.reviewer(), lower(r.role()), lower(r.action()), r.text(),
                        Json.time(r.at(), zone))).toList());
    }

    private static EvidenceJson toJson(Evidence e, ZoneId zone) {
        Evidence.OnRecord said = e.onRecord();
        return new EvidenceJson(e.id(), lower(e.kind()), lower(e.stance()), e.excerpt(), e.sourcePath(), e.itemId(), e.span().start(),
                e.span().end(), said == null ? null : said.speaker(), said == null || said.spokenAt() == null ? null : Json.time(said.spokenAt(), zone),
                said == null ? null : said.spokenTo(), said == null ? null : said.byPartyConcerned(), e.confidentialSource());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

}
