package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.model.CaseCopy;
import org.dossier.model.CopiedTable;
import org.dossier.model.FileFailure;
import org.dossier.team.TeamCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", description = {
        "Copies a case into an empty team case on PostgreSQL (postgresql://host:port/database; the password from",
        "PGPASSWORD or ~/.pgpass), then compares every table's rows and digest on both sides before keeping the copy.",
        "The originals are copied in too, from where the case found them on this machine, each kept only if it still",
        "has the SHA-256 recorded at import; members then open and verify them from any machine. An original not on",
        "this machine is named: an import from the machine that has it copies it in later."})
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

    /** What a copy holds, table by table, that both sides agreed, and the originals read from this machine. */
    static void report(PrintWriter out, CaseCopy copy, String to) {
        long rows = 0;
        for (CopiedTable table : copy.tables()) {
            out.printf("%-24s %,12d rows  digest %s%n", table.table(), table.rows(), table.digest());
            rows += table.rows();
        }
        out.printf("copied to %s: %d tables, %,d rows, each table's rows and digest the same on both sides%n",
                to, copy.tables().size(), rows);
        if (copy.originalsFromDisk() > 0 || !copy.originalsNotCopied().isEmpty()) {
            out.printf("%,d originals (%,d bytes) copied in from this machine, each with the SHA-256 recorded at import%n",
                    copy.originalsFromDisk(), copy.bytesFromDisk());
        }
        for (FileFailure missed : copy.originalsNotCopied()) {
            out.printf("not copied: %s: %s%n", missed.path(), missed.reason());
        }
    }
}
