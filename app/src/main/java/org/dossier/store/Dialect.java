package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The engines a case can live in, and what differs between them that SQL both read cannot hide
 * (decision 0031): where each keeps its migrations, the version it starts from, and where it
 * records the schema's version. A laptop case is SQLite; a team case will be PostgreSQL, whose
 * schema starts from a baseline equal to the laptop's version 20.
 */
enum Dialect {
    SQLITE("sqlite", 1) {
        @Override
        int schemaVersion(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("PRAGMA user_version")) {
                return rows.getInt(1);
            }
        }

        @Override
        void recordSchemaVersion(Statement statement, int version) throws SQLException {
            statement.execute("PRAGMA user_version = " + version);
        }
    },
    POSTGRESQL("postgresql", 20) {
        @Override
        int schemaVersion(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 var created = statement.executeQuery("SELECT to_regclass('dossier_schema') IS NOT NULL")) {
                created.next();
                if (!created.getBoolean(1)) {
                    return 0;
                }
            }
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM dossier_schema")) {
                rows.next();
                return rows.getInt(1);
            }
        }

        @Override
        void recordSchemaVersion(Statement statement, int version) throws SQLException {
            statement.execute("DELETE FROM dossier_schema");
            statement.execute("INSERT INTO dossier_schema(version) VALUES (" + version + ")");
        }
    };

    private final String folder;
    private final int baseline;

    Dialect(String folder, int baseline) {
        this.folder = folder;
        this.baseline = baseline;
    }

    /** Where migration {@code n} of this engine is: {@code migration/<folder>/Vn.sql}. */
    String migration(int version) {
        return "migration/" + folder + "/V" + version + ".sql";
    }

    /** The first version this engine has a migration for: one that creates the whole schema as of that version. */
    int baseline() {
        return baseline;
    }

    /** The schema version of a database, 0 when it has none yet. */
    abstract int schemaVersion(Connection connection) throws SQLException;

    /** Records the version a migration brought the schema to, inside that migration's transaction. */
    abstract void recordSchemaVersion(Statement statement, int version) throws SQLException;
}
