package org.dossier;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.store.CaseFile;

/** Checks of a whole case file that the app itself leaves to its tests. */
public final class CaseChecks {
    private CaseChecks() {
    }

    /** The first column of the first row of a query on a case file, as text; null when there is no row. */
    public static String query(Path caseFile, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + caseFile);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The same, on a case open on either engine ({@link TestEngine}). */
    public static String query(CaseFile caseFile, String sql) throws SQLException {
        try (Connection connection = TestEngine.connect(caseFile);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /**
     * Every row that names a row which does not exist, as "table row id → parent table", from
     * {@code PRAGMA foreign_key_check}: the import writes without SQLite's per-row checks.
     */
    public static List<String> danglingReferences(Path caseFile) {
        List<String> dangling = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + caseFile);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (rows.next()) {
                dangling.add(rows.getString("table") + " row " + rows.getLong("rowid") + " → " + rows.getString("parent"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check " + caseFile, e);
        }
        return dangling;
    }
}
