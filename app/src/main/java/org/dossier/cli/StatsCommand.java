package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.model.CaseStats;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Counts what a case holds.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--json", description = "Print the counts as one JSON object.")
    boolean json;

    private final Services services;

    StatsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        CaseStats stats;
        try (CaseFile caseFile = caseArgument.open()) {
            stats = services.reading().stats(caseFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(stats));
            return 0;
        }
        out.printf("sources        %d%n", stats.sources());
        out.printf("documents      %d%n", stats.documents());
        out.printf("conversations  %d%n", stats.conversations());
        out.printf("messages       %d%n", stats.messages());
        out.printf("system events  %d%n", stats.systemEvents());
        out.printf("entities       %d%n", stats.entities());
        out.printf("mentions       %d%n", stats.mentions());
        out.printf("events         %d%n", stats.events());
        out.printf("failed files   %d%n", stats.failed());
        out.printf("OCR texts      %d%s%n", stats.ocrTexts(), stats.ocrFailed() == 0 ? ""
                : String.format(" (%d pictures could not be read)", stats.ocrFailed()));
        if (stats.awaitingExtraction() > 0) {
            out.printf("not yet read   %d items: the next import, or opening the case, finds their names and dates%n",
                    stats.awaitingExtraction());
        }
        if (stats.awaitingOcr() > 0) {
            out.printf("not yet OCRed  %d pictures: the next import, opening the case, or `ocr` reads them%n", stats.awaitingOcr());
        }
        return 0;
    }
}
