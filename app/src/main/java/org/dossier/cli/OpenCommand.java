package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.model.CaseName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "open", description = "Opens the window, on a case or on the bundled sample case.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE",
            description = "The case file to open, or a team case's address (postgresql://host:port/database).")
    String caseFile;

    @Option(names = "--sample", description = "Open the bundled, fictional sample case.")
    boolean sample;

    @Option(names = "--measure", description = {
            "Time how long the case takes to show its first screen, and the frames while scrolling its largest",
            "conversation end to end; print the figures and close (see docs/PERFORMANCE.md)."})
    boolean measure;

    private final UiLauncher launcher;

    OpenCommand(UiLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        if (caseFile != null && !CaseName.isTeamCase(caseFile) && !Files.isRegularFile(Path.of(caseFile))) {
            throw new UserError("no case file at " + caseFile);
        }
        if (measure && caseFile == null && !sample) {
            throw new UserError("--measure needs a case to open (or --sample)");
        }
        launcher.open(caseFile, sample, measure);
        return 0;
    }
}
