package org.dossier.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.model.Actor;
import org.dossier.model.AuditEntry;
import org.dossier.model.Claim;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.Evidence;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "claims", description = {
        "The story's claims in the draft's order, each with its status, its independent sources, the excerpts",
        "that source it, its reviews and whom it was put to for comment with their answer; or, with --audit, every",
        "change to claims, evidence, reviews, requests for comment and replies."})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--audit", description = "Print the audit log instead: who changed what, when, the row before and after.")
    boolean audit;

    @Option(names = "--json", description = {"Print {\"claims\":[{\"id\",\"text\",\"section\",\"status\",\"independent_sources\",",
            "\"evidence\":[{\"kind\",\"stance\",\"excerpt\",\"source_path\",\"item_id\",…}],\"reviews\":[…],",
            "\"right_of_reply\":[{\"party\",\"state\",\"deadline\",\"stance\",\"statement\",\"speaker\",…}]}]}",
            "(with --audit: {\"audit\":[{\"at\",\"actor\",\"role\",\"action\",\"table\",\"row_id\",\"before\",\"after\"}]})."})
    boolean json;

    @Option(names = "--dates-shown", paramLabel = "PSEUDONYM=PRECISION", description = {
            "Change how precisely exports date a confidential source's excerpts: none, year, month or day",
            "(e.g. Kestrel=year). With --as NAME, recorded in the audit log."})
    String datesShown;

    @Option(names = "--as", paramLabel = "NAME", description = "Who makes the change (recorded in the audit log).")
    String actorName;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Services services;

    ClaimsCommand(Services services) {
        this.services = services;
    }

    record ClaimJson(long id, String text, String section, String status, int independent_sources, List<EvidenceJson> evidence,
                     List<ReviewJson> reviews, List<ReplyJson> right_of_reply) {
    }

    record ReplyJson(String party, String state, String deadline, String stance, String statement, String speaker, String received_at,
                     String how) {
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
            ZoneId zone = services.reading().zone(caseFile);
            if (datesShown != null) {
                return changeDatesShown(caseFile, out);
            }
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
            List<ReplyStatus> replies = services.rightOfReply().statuses(caseFile);
            if (json) {
                out.println(Json.write(java.util.Map.of("claims", claims.stream().map(c -> toJson(c, of(replies, c), zone)).toList())));
            } else {
                for (Claim c : claims) {
                    out.printf("%-14s %d source%s  %s%n", c.status().label(), c.independentSources(), c.independentSources() == 1 ? " " : "s",
                            c.text());
                    of(replies, c).forEach(r -> out.printf("%26s%s%n", "", answer(r, zone)));
                }
            }
        }
        return 0;
    }

    private int changeDatesShown(CaseFile caseFile, PrintWriter out) {
        String[] change = datesShown.split("=", 2);
        ConfidentialSource.DatesShown precision;
        try {
            precision = change.length == 2 ? ConfidentialSource.DatesShown.fromDbName(change[1].strip()) : null;
        } catch (IllegalArgumentException e) {
            precision = null;
        }
        if (precision == null) {
            throw new UserError("write --dates-shown PSEUDONYM=none|year|month|day, e.g. Kestrel=year");
        }
        if (actorName == null || actorName.isBlank()) {
            throw new UserError("say who makes the change with --as NAME: the audit log records it");
        }
        services.attribution().setDatesShown(caseFile, change[0], precision, new Actor(actorName.strip(), Actor.Role.REPORTER));
        out.println("Exports now date " + change[0].strip() + "'s excerpts: " + switch (precision) {
            case NONE -> "not at all";
            case YEAR -> "by the year";
            case MONTH -> "by the month";
            case DAY -> "by the day";
        });
        return 0;
    }

    private static List<ReplyStatus> of(List<ReplyStatus> replies, Claim claim) {
        return replies.stream().filter(r -> r.claimId() == claim.id()).toList();
    }

    /** "put to Lumina AI: reply due 2024-01-15 17:00", "… overdue since …", "Lumina AI denies: “…” (who, how)". */
    private static String answer(ReplyStatus status, ZoneId zone) {
        Reply reply = status.reply();
        return switch (status.state()) {
            case PENDING -> "put to " + status.party() + ": reply due " + WHEN.format(status.deadline().atZone(zone));
            case OVERDUE -> "put to " + status.party() + ": no reply, overdue since " + WHEN.format(status.deadline().atZone(zone));
            case ANSWERED -> status.party() + " " + reply.stance().label() + (reply.statement() == null ? ""
                    : ": “" + reply.statement() + "”") + " (" + (reply.speaker() == null ? "" : reply.speaker() + ", ") + reply.how() + ")";
        };
    }

    private static ClaimJson toJson(Claim claim, List<ReplyStatus> replies, ZoneId zone) {
        return new ClaimJson(claim.id(), claim.text(), claim.section(), lower(claim.status()), claim.independentSources(),
                claim.evidence().stream().map(e -> toJson(e, zone)).toList(),
                claim.reviews().stream().map(r -> new ReviewJson(r.reviewer(), lower(r.role()), lower(r.action()), r.text(),
                        Json.time(r.at(), zone))).toList(),
                replies.stream().map(r -> toJson(r, zone)).toList());
    }

    private static ReplyJson toJson(ReplyStatus status, ZoneId zone) {
        Reply reply = status.reply();
        String deadline = Json.time(status.deadline(), zone);
        return reply == null ? new ReplyJson(status.party(), lower(status.state()), deadline, null, null, null, null, null)
                : new ReplyJson(status.party(), lower(status.state()), deadline, lower(reply.stance()), reply.statement(), reply.speaker(),
                        Json.time(reply.receivedAt(), zone), reply.how());
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
