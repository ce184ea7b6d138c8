package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * How a session reads a confidential source's secrets, its real identity and the private note about
 * it: from their columns where it may read them, else (a reporter of a team case, roles.sql) only
 * whether each is recorded, through the case's functions that tell that and nothing more.
 */
final class SourceSecrets {
    /** The secret columns, by the name of what may be told of them. */
    static final Map<String, String> RECORDED = Map.of("real_identity", "identity_recorded", "private_note", "note_recorded");

    private SourceSecrets() {
    }

    static boolean readable(Connection connection) throws SQLException {
        if (Dialect.of(connection) == Dialect.SQLITE) {
            return true;
        }
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT has_column_privilege('confidential_sources', 'real_identity', 'SELECT')")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** An expression over a row of confidential_sources: whether the secret column holds something. */
    static String recorded(String column, boolean readable) {
        return readable ? column + " IS NOT NULL" : "team_" + RECORDED.get(column) + "(id)";
    }
}
