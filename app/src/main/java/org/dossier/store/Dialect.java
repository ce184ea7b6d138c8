package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The engines a case can live in, and what differs between them that SQL both read cannot hide
 * (decision 0031): where each keeps its migrations, the version it starts from, and where it
 * records the schema's version, and its word index. A laptop case is SQLite; a team case is
 * PostgreSQL, whose schema starts from a baseline equal to the laptop's version 20.
 */
enum Dialect {
    SQLITE("sqlite", 1, new Fts5WordIndex()) {
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
    POSTGRESQL("postgresql", 20, new PostgresWordIndex()) {
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
    private final WordIndex wordIndex;

    Dialect(String folder, int baseline, WordIndex wordIndex) {
        this.folder = folder;
        this.baseline = baseline;
        this.wordIndex = wordIndex;
    }

    /** The engine a connection is to. */
    static Dialect of(Connection connection) throws SQLException {
        return connection.isWrapperFor(org.sqlite.SQLiteConnection.class) ? SQLITE : POSTGRESQL;
    }

    WordIndex wordIndex() {
        return wordIndex;
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
