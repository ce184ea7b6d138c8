package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.model.CopiedTable;
import org.dossier.team.TeamCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pull", description = {
        "Copies a team case from PostgreSQL into a new case file, compares every table's rows and digest on both",
        "sides, and builds the copy's word index. The originals the team case keeps come with it, so the copy opens",
        "and verifies them anywhere. Nothing is left behind when the copy fails."})
final class PullCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The team case's database: postgresql://host:port/database")
    String server;

    @Parameters(index = "1", paramLabel = "CASE", description = "The new case file (.dossier); it must not exist.")
    Path caseFile;

    @Override
    public Integer call() {
        PushCommand.report(spec.commandLine().getOut(), new TeamCases().pull(server, caseFile), caseFile.toString());
        return 0;
    }
}
