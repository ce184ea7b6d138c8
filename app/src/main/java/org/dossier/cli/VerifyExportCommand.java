package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.export.ExportCheck;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-export", description = {
        "Checks an export's provenance manifest (FILE.manifest.json, written beside every export) against the case:",
        "the case's signature on it, the export beside it unchanged, each cited excerpt still reading the same in the",
        "same item from the same file (sealed excerpts rebuilt from the case), and the originals those came from still",
        "hashing as at import. With --without-case MANIFEST (no case at hand, e.g. a reader of the export): the",
        "signature and the export's SHA-256 only.",
        "Exit code 0 when the export still stands on its sources, 1 when anything changed."})
final class VerifyExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--without-case", description = "Check only the signature and the export, with no case: the one argument is the manifest.")
    boolean withoutCase;

    @Parameters(paramLabel = "CASE MANIFEST", arity = "1..2", description = "The case file and the manifest written beside the export.")
    List<Path> arguments;

    private final Services services;

    VerifyExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (arguments.size() != (withoutCase ? 1 : 2)) {
            throw new UserError(withoutCase ? "--without-case takes the manifest alone" : "give the case file and the manifest");
        }
        ExportCheck check;
        if (withoutCase) {
            check = services.exporter().verifyWithoutCase(arguments.get(0));
        } else {
            try (CaseFile caseFile = CaseFile.open(arguments.get(0))) {
                check = services.exporter().verify(caseFile, arguments.get(1));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Checked " + check.export() + " against " + check.manifest());
        check.problems().forEach(problem -> out.println("CHANGED  " + problem));
        if (check.signedBy() != null) {
            out.println("Signed with " + check.signedBy());
        }
        if (!check.withCase()) {
            out.printf("The signature and the export checked: %s. The %s the case to be checked.%n",
                    check.accepted() ? "both hold" : counted(check.problems().size(), "problem", "problems"),
                    counted(check.excerpts(), "cited excerpt needs", "cited excerpts need"));
            return check.accepted() ? 0 : VerifyCommand.MISMATCH;
        }
        String replies = check.replies() == 0 ? "" : " and " + counted(check.replies(), "quoted reply", "quoted replies");
        out.printf("%s%s checked: %s%n", counted(check.excerpts(), "cited excerpt", "cited excerpts"), replies,
                check.accepted() ? "the export stands on its sources" : counted(check.problems().size(), "problem", "problems"));
        return check.accepted() ? 0 : VerifyCommand.MISMATCH;
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
