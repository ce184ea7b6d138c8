package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.ingest.CaseOcr;
import org.dossier.model.FileFailure;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ocr", description = {
        "Reads the text of the case's pictures and scanned PDFs that OCR has not read yet (Tesseract, offline), then finds names and",
        "dates in it. `import` does this by itself; run it after installing Tesseract or a language. Interrupted, it",
        "goes on from where it stopped."})
final class OcrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--languages", paramLabel = "LANGS", description = {
            "The languages the case's pictures are read in from now on, as Tesseract names them, joined by +",
            "(default eng+chi_sim+chi_tra: English, Simplified and Traditional Chinese)."})
    String languages;

    private final Services services;

    OcrCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseFile caseFile = caseArgument.open()) {
            if (languages != null) {
                try {
                    services.intake().setOcrLanguages(caseFile, languages);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
            }
            long waiting = services.intake().picturesWaiting(caseFile);
            if (waiting == 0) {
                out.println("No pictures wait for OCR.");
                return 0;
            }
            CaseOcr.Readiness readiness = services.intake().ocrReadiness(caseFile);
            if (!readiness.ready()) {
                printResult(out, null, readiness.problem());
                return 1;
            }
            printResult(out, services.intake().catchUpOcr(caseFile, readiness, ConsoleProgress.ocr(spec.commandLine().getErr())), null);
        }
        return 0;
    }

    /** What OCR did after an import or on its own, or why it could not run. */
    static void printResult(PrintWriter out, CaseOcr.Counts read, String problem) {
        if (problem != null) {
            out.println("OCR: " + problem);
        } else if (read != null) {
            out.printf("OCR read text on %d page%s of %d file%s%s%n", read.pagesRead(), read.pagesRead() == 1 ? "" : "s",
                    read.files(), read.files() == 1 ? "" : "s",
                    read.complete() ? "" : "; stopped, run `ocr` to finish");
            if (!read.failures().isEmpty()) {
                out.printf("OCR could not read (%d):%n", read.failures().size());
                for (FileFailure failure : read.failures()) {
                    out.printf("  %s%n      %s%n", failure.path(), failure.reason());
                }
            }
        }
    }
}
