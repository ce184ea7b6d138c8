package org.dossier.team;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.CopiedTable;
import org.dossier.model.TeamRole;
import org.dossier.store.CaseTransfer;
import org.dossier.store.TeamMembers;

/**
 * The front door to team cases on PostgreSQL (issue #26, decision 0031), for the command line now
 * and the window later: moving a case between a laptop and a server, and the case's members.
 */
public final class TeamCases {
    /** Copies a laptop case into an empty team case database, every table compared before it is kept. */
    public List<CopiedTable> push(Path caseFile, String serverUrl) {
        return CaseTransfer.push(caseFile, serverUrl);
    }

    /** Copies a team case into a new case file, every table compared, its word index built. */
    public List<CopiedTable> pull(String serverUrl, Path caseFile) {
        return CaseTransfer.pull(serverUrl, caseFile);
    }

    /** Adds a member in a role, or moves one to the other role; a null password is left to the administrator. */
    public void addMember(String serverUrl, String name, TeamRole role, String password) {
        TeamMembers.add(serverUrl, name, role, password);
    }
}
