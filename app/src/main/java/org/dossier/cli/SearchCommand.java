package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.model.SearchHit;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = {
        "Full-text search over a case's documents and messages.",
        "Every word must match; \"quote a phrase\" to keep it whole. Chinese needs no spaces.",
        "Matches are shown between « and »."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print the hits as one JSON object.")
    boolean json;

    private final Services services;

    SearchCommand(Services services) {
        this.services = services;
    }

    record HitJson(long itemId, String kind, String title, String conversation, String author, String occurredAt,
                   String snippet, String sourcePath, String sha256, String locator) {
        static HitJson of(SearchHit hit) {
            return new HitJson(hit.itemId(), hit.kind().dbName(), hit.title(), hit.conversation(), hit.author(),
                    hit.occurredAt() == null ? null : hit.occurredAt().local().toOffsetDateTime().toString(),
                    SearchService.markedSnippet(hit), hit.provenance().path(), hit.provenance().sha256().hex(),
                    hit.provenance().locator());
        }
    }

    record HitsJson(List<HitJson> hits, boolean ranked) {
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1");
        }
        SearchService.Results results;
        try (CaseFile caseFile = caseArgument.open()) {
            results = services.search().search(caseFile, String.join(" ", query), limit);
        }
        List<SearchHit> hits = results.hits();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(new HitsJson(hits.stream().map(HitJson::of).toList(), results.ranked())));
            return 0;
        }
        if (hits.isEmpty()) {
            out.println("No hits.");
        }
        if (!results.ranked()) {
            out.printf("(%s)%n%n", SearchService.UNRANKED_NOTE);
        }
        for (SearchHit hit : hits) {
            HitJson row = HitJson.of(hit);
            out.printf("#%d  %s%s%n", row.itemId(), hit.heading(), row.occurredAt() == null ? "" : "  " + row.occurredAt());
            out.printf("    %s%n", row.snippet());
            out.printf("    %s%s  sha256:%s%n%n", row.sourcePath(), row.locator().isEmpty() ? "" : " " + row.locator(),
                    hit.provenance().sha256().shortForm());
        }
        return 0;
    }
}
