package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a case's schema up to date. Migration {@code n} of an engine lives in
 * {@code migration/<engine>/Vn.sql} (see {@link Dialect}), from the engine's baseline on. A version
 * whose change SQL cannot write (an index of text folded in Java) has a {@link Step} too, run after
 * its script. Each version runs in its own transaction, so a failed upgrade leaves the case at the
 * last good version.
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

    private final Dialect dialect;
    /** {@code scripts.get(i)} is version {@code dialect.baseline() + i}. */
    private final List<String> scripts;
    private final Map<Integer, Step> steps;

    /** SQLite migrations from version 1. */
    SchemaMigrator(List<String> scripts) {
        this(Dialect.SQLITE, scripts, Map.of());
    }

    private SchemaMigrator(Dialect dialect, List<String> scripts, Map<Integer, Step> steps) {
        this.dialect = dialect;
        this.scripts = List.copyOf(scripts);
        this.steps = steps;
    }

    /** The laptop case's migrations shipped with this build of Dossier. */
    static SchemaMigrator bundled() {
        return bundled(Dialect.SQLITE);
    }

    /** An engine's migrations shipped with this build; the steps in Java are the laptop case's history. */
    static SchemaMigrator bundled(Dialect dialect) {
        List<String> scripts = new ArrayList<>();
        for (int version = dialect.baseline(); ; version++) {
            try (InputStream in = SchemaMigrator.class.getResourceAsStream(dialect.migration(version))) {
                if (in == null) {
                    return new SchemaMigrator(dialect, scripts, dialect == Dialect.SQLITE ? STEPS : Map.of());
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException("cannot read schema migration " + version, e);
            }
        }
    }

    /** These migrations as far as {@code version} only: a case as an older Dossier left it. */
    SchemaMigrator upTo(int version) {
        return new SchemaMigrator(dialect, scripts.subList(0, version - dialect.baseline() + 1), steps);
    }

    int latestVersion() {
        return dialect.baseline() + scripts.size() - 1;
    }

    /** @param where the case, as a reporter would name it in an error */
    void migrate(Connection connection, String where) throws SQLException {
        int version = dialect.schemaVersion(connection);
        if (version > latestVersion()) {
            throw new CaseFileException(where + " was written by a newer version of Dossier (case format "
                    + version + "; this version reads up to " + latestVersion() + "). Update Dossier to open it.");
        }
        for (int next = Math.max(version + 1, dialect.baseline()); next <= latestVersion(); next++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(scripts.get(next - dialect.baseline()));
                Step step = steps.get(next);
                if (step != null) {
                    step.apply(connection);
                }
                dialect.recordSchemaVersion(statement, next);
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
        return Dialect.SQLITE.schemaVersion(connection);
    }
}
