package org.dossier.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.Actor;
import org.dossier.model.CaseActivity;
import org.dossier.model.CaseCopy;
import org.dossier.model.TeamRole;
import org.dossier.store.CaseChanges;
import org.dossier.store.CaseFile;
import org.dossier.store.CaseTransfer;
import org.dossier.store.TeamMembers;

/**
 * The front door to team cases on PostgreSQL (issue #26, decision 0031), for the command line and
 * the window: moving a case between a laptop and a server, the case's members, and following what
 * they change.
 */
public final class TeamCases {
    /** Copies a laptop case into an empty team case database, every table compared before it is kept. */
    public CaseCopy push(Path caseFile, String serverUrl) {
        return CaseTransfer.push(caseFile, serverUrl);
    }

    /** Copies a team case into a new case file, every table compared, its word index built. */
    public CaseCopy pull(String serverUrl, Path caseFile) {
        return CaseTransfer.pull(serverUrl, caseFile);
    }

    /**
     * Follows what the other members of a team case change and who else has it open, for a window
     * to read again what it shows; {@code then} is called on a thread of the follower's own. A laptop
     * case has no one else, and gives nothing.
     */
    public Following follow(CaseFile caseFile, Consumer<CaseActivity> then) {
        return CaseChanges.follow(caseFile, then)::close;
    }

    /** Following a case's changes, until closed. */
    @FunctionalInterface
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }

    /** Who works on a team case: the member signed in, in their role; empty for a laptop case, whose reporter says. */
    public Optional<Actor> member(CaseFile caseFile) {
        return caseFile.teamMember();
    }

    /** Adds a member in a role, or moves one to the other role; a null password is left to the administrator. */
    public void addMember(String serverUrl, String name, TeamRole role, String password) {
        TeamMembers.add(serverUrl, name, role, password);
    }
}
