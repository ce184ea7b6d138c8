package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.model.CaseActivity;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.LoggerFactory;

/**
 * Follows a team case for a window (decision 0031): every table another member's statement changed,
 * from the case's notices ({@code LISTEN dossier_case}), and who else has the case open, from the
 * server's list of sessions. A thread of its own waits for notices on a connection of its own and
 * passes on what came within {@value #WAIT_MILLIS} ms at once, so a change is seen well inside two
 * seconds. A laptop case has no one else: following it gives nothing.
 */
public final class CaseChanges implements AutoCloseable {
    private static final int WAIT_MILLIS = 250;
    private static final String CHANNEL = "dossier_case";

    private final Connection connection;
    private final Thread listener;
    private volatile boolean closed;

    private CaseChanges(Connection connection, Consumer<CaseActivity> then) {
        this.connection = connection;
        this.listener = connection == null ? null : new Thread(() -> listen(then), "dossier-team-changes");
    }

    /** Starts following a case; {@code then} is called on the follower's own thread. */
    public static CaseChanges follow(CaseFile caseFile, Consumer<CaseActivity> then) {
        if (!caseFile.isTeamCase()) {
            return new CaseChanges(null, then);
        }
        Connection connection = caseFile.ownConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            Transactions.closeQuietly(connection);
            throw new StoreException("cannot follow the changes to " + caseFile.name(), e);
        }
        CaseChanges changes = new CaseChanges(connection, then);
        changes.listener.setDaemon(true);
        changes.listener.start();
        return changes;
    }

    private void listen(Consumer<CaseActivity> then) {
        List<String> present = List.of();
        try (PreparedStatement members = connection.prepareStatement("""
                SELECT DISTINCT usename FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = 'Dossier' AND usename <> session_user ORDER BY usename""")) {
            PGConnection notices = connection.unwrap(PGConnection.class);
            while (!closed) {
                Set<String> changed = new HashSet<>();
                PGNotification[] arrived = notices.getNotifications(WAIT_MILLIS);
                for (PGNotification notice : arrived == null ? new PGNotification[0] : arrived) {
                    changed.add(notice.getParameter().split(" ", 2)[0]);
                }
                List<String> now = Transactions.strings(members);
                if (!changed.isEmpty() || !now.equals(present)) {
                    present = now;
                    then.accept(new CaseActivity(changed, present));
                }
            }
        } catch (SQLException e) {
            if (!closed) {
                LoggerFactory.getLogger(CaseChanges.class).warn("stopped following the team case's changes", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (listener != null) {
            try {
                listener.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Transactions.closeQuietly(connection);
        }
    }
}
