package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.CopiedTable;
import org.dossier.team.TeamCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", description = {
        "Copies a case into an empty team case on PostgreSQL (postgresql://host:port/database; the password from",
        "PGPASSWORD or ~/.pgpass), then compares every table's rows and digest on both sides before keeping the copy.",
        "The word index is not copied: search on a team case comes later (issue #26)."})
final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.dossier).")
    Path caseFile;

    @Parameters(index = "1", paramLabel = "URL", description = "The team case's database: postgresql://host:port/database")
    String server;

    @Override
    public Integer call() {
        report(spec.commandLine().getOut(), new TeamCases().push(caseFile, server), server);
        return 0;
    }

    /** What a copy holds, table by table, and that both sides agreed. */
    static void report(PrintWriter out, List<CopiedTable> tables, String to) {
        long rows = 0;
        for (CopiedTable table : tables) {
            out.printf("%-24s %,12d rows  digest %s%n", table.table(), table.rows(), table.digest());
            rows += table.rows();
        }
        out.printf("copied to %s: %d tables, %,d rows, each table's rows and digest the same on both sides%n", to, tables.size(), rows);
    }
}
