package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.extract.CaseExtraction;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportProgress;
import picocli.CommandLine.Model.CommandSpec;

/** A one-line progress count on the terminal's error stream, only when a person is watching. */
final class ConsoleProgress implements ImportListener {
    private static final boolean INTERACTIVE = System.console() != null;

    private final PrintWriter err;

    ConsoleProgress(CommandSpec spec) {
        this.err = spec.commandLine().getErr();
    }

    @Override
    public void progress(ImportProgress progress) {
        if (!INTERACTIVE) {
            return;
        }
        String total = progress.walkFinished() ? String.valueOf(progress.filesFound()) : progress.filesFound() + "+";
        err.printf("\r%d / %s files, %.1f MB\u001b[K", progress.filesDone(), total, progress.bytesDone() / 1e6);
        if (progress.walkFinished() && progress.filesDone() >= progress.filesFound()) {
            err.println();
        }
        err.flush();
    }

    /** The same for the extraction pass after an import. */
    static CaseOcr.Progress ocr(PrintWriter err) {
        return (done, of) -> {
            if (INTERACTIVE) {
                err.printf("\rOCR: %d / %d pictures\u001b[K%s", done, of, done >= of ? "\n" : "");
                err.flush();
            }
        };
    }

    static CaseExtraction.Progress extraction(PrintWriter err) {
        return (done, of) -> {
            if (INTERACTIVE) {
                err.printf("\rnames and dates: %d / %d items\u001b[K%s", done, of, done >= of ? "\n" : "");
                err.flush();
            }
        };
    }
}
