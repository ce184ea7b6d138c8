package org.dossier.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * For tests that make an older case out of a new one: takes away what schema versions 17 and later
 * added, so that opening the case runs their migrations as it would on a case written before them.
 * A new migration adds its tables here.
 */
final class LaterSchema {
    private LaterSchema() {
    }

    static void dropSince17(Statement statement) throws SQLException {
        for (String table : new String[] {"mail_phones", "mail_headers", "near_copies", "item_signatures", "accounts_apart", "person_accounts", "people", "mail_people"}) {
            statement.execute("DROP TABLE " + table);
        }
        statement.execute("ALTER TABLE claims DROP COLUMN version"); // V21
        statement.execute("DROP TABLE original_pieces"); // V22
        statement.execute("DROP TABLE originals");
    }
}
