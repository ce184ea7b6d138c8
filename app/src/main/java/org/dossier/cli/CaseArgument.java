package org.dossier.cli;

import org.dossier.store.CaseFile;
import picocli.CommandLine.Parameters;

/** The CASE.dossier parameter shared by the commands that read an existing case. */
class CaseArgument {
    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.dossier), or a team case's address (postgresql://host:port/database).")
    String caseFile;

    CaseFile open() {
        return CaseFile.open(caseFile);
    }
}
