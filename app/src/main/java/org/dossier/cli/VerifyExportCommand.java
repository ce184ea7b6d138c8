package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.export.ExportCheck;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-export", description = {
        "Checks an export's provenance manifest (FILE.manifest.json, written beside every export) against the case:",
        "the export beside it is unchanged, each cited excerpt still reads the same in the same item from the same",
        "file, and the originals those came from still hash as at import.",
        "Exit code 0 when the export still stands on its sources, 1 when anything changed."})
final class VerifyExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Parameters(index = "1", paramLabel = "MANIFEST", description = "The manifest written beside the export.")
    Path manifest;

    private final Services services;

    VerifyExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ExportCheck check;
        try (CaseFile caseFile = caseArgument.open()) {
            check = services.exporter().verify(caseFile, manifest);
        }
        PrintWriter out = spec.commandLine().getOut();
        check.problems().forEach(problem -> out.println("CHANGED  " + problem));
        String replies = check.replies() == 0 ? "" : " and " + counted(check.replies(), "quoted reply", "quoted replies");
        out.printf("%s%s checked: %s%n", counted(check.excerpts(), "cited excerpt", "cited excerpts"), replies,
                check.accepted() ? "the export stands on its sources" : counted(check.problems().size(), "problem", "problems"));
        return check.accepted() ? 0 : VerifyCommand.MISMATCH;
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
