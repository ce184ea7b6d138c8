package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.extract.CaseExtraction;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reextract", description = {
        "Extracts every item's mentions again with what the case knows now (watch list, aliases, merges,",
        "participants, date order) and replaces the old ones in one step: interrupted, nothing changes."})
final class ReextractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    private final Services services;

    ReextractCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        CaseExtraction.Counts rerun;
        try (CaseFile caseFile = caseArgument.open()) {
            rerun = services.entities().reextract(caseFile, items -> { });
        }
        out.printf("%d items, %d mentions in %.1f s%n", rerun.items(), rerun.mentions(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
