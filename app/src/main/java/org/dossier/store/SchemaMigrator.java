package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a case file's schema up to date. Migration {@code n} lives in {@code migration/Vn.sql};
 * the schema version is SQLite's {@code user_version}. A version whose change SQL cannot write (an
 * index of text folded in Java) has a {@link Step} too, run after its script. Each version runs in
 * its own transaction, so a failed upgrade leaves the case at the last good version.
 */
final class SchemaMigrator {
    /** What a version changes that its SQL cannot: rows written again from Java. */
    interface Step {
        void apply(Connection connection) throws SQLException;
    }

    /** Version 14: Han characters indexed and keyed in their Simplified form; version 20: e-mails' headers recorded. */
    private static final Map<Integer, Step> STEPS = Map.of(14, connection -> {
        new WordIndexRebuild(connection).run();
        EntityKeyRefresh.run(connection);
    }, 20, MailHeadersBackfill::run);

    private final List<String> scripts;
    private final Map<Integer, Step> steps;

    SchemaMigrator(List<String> scripts) {
        this(scripts, Map.of());
    }

    private SchemaMigrator(List<String> scripts, Map<Integer, Step> steps) {
        this.scripts = List.copyOf(scripts);
        this.steps = steps;
    }

    /** The migrations shipped with this build of Dossier. */
    static SchemaMigrator bundled() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            try (InputStream in = SchemaMigrator.class.getResourceAsStream("migration/V" + version + ".sql")) {
                if (in == null) {
                    return new SchemaMigrator(scripts, STEPS);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException("cannot read schema migration " + version, e);
            }
        }
    }

    int latestVersion() {
        return scripts.size();
    }

    void migrate(Connection connection, Path file) throws SQLException {
        int version = userVersion(connection);
        if (version > latestVersion()) {
            throw new CaseFileException(file + " was written by a newer version of Dossier (case format "
                    + version + "; this version reads up to " + latestVersion() + "). Update Dossier to open it.");
        }
        for (int next = version + 1; next <= latestVersion(); next++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(scripts.get(next - 1));
                Step step = steps.get(next);
                if (step != null) {
                    step.apply(connection);
                }
                statement.execute("PRAGMA user_version = " + next);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }
}
