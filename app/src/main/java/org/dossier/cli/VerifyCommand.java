package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.ingest.OriginalsVerifier;
import org.dossier.model.OriginalCheck;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", description = {
        "Re-hashes every original the case imported and compares it with the hash taken at import.",
        "Exit code 0 when all match, 1 when any changed or went missing."})
final class VerifyCommand implements Callable<Integer> {
    static final int MISMATCH = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    private final Services services;

    VerifyCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        OriginalsVerifier.Report report;
        try (CaseFile caseFile = caseArgument.open()) {
            report = services.verifier().verify(caseFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (OriginalCheck problem : report.problems()) {
            out.printf("%-8s %s  (recorded sha256 %s)%n", problem.status(), problem.path(), problem.expected().shortForm());
        }
        out.printf("%d originals checked: %s%n", report.checked(),
                report.allMatch() ? "all match" : report.problems().size() + " changed or missing");
        return report.allMatch() ? 0 : MISMATCH;
    }
}
