package org.dossier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.store.CaseFile;
import org.dossier.team.TeamCases;

/**
 * The engine the store, service, search, attribution and export tests run their cases on (issue
 * #26): a laptop's SQLite file, or, when Maven's second test run sets {@code dossier.test.engine}
 * to {@code postgresql}, a team case in a database of its own on one embedded PostgreSQL server
 * for the whole test JVM. A test asks for a case here and never learns which engine it got.
 */
public final class TestEngine {
    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("dossier.test.engine"));
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** The database of each team case made for a file's name, so its test can read it after closing it. */
    private static final Map<Path, String> NAMED = new HashMap<>();
    /** A laptop case pushed once, by its file, as the template its copies are made from. */
    private static final Map<Path, String> TEMPLATES = new HashMap<>();
    private static EmbeddedPostgres server;

    private TestEngine() {
    }

    public static boolean isPostgresql() {
        return POSTGRESQL;
    }

    /** A new, empty case; {@code file} is where a laptop case is written, and only names a team case. */
    public static CaseFile newCase(Path file, ZoneId zone, Clock clock) {
        if (!POSTGRESQL) {
            return CaseFile.openOrCreate(file, zone, clock);
        }
        String database = createDatabase(null);
        synchronized (NAMED) {
            NAMED.put(file, database);
        }
        return CaseFile.openOrCreateTeamCase(address(database), zone, clock);
    }

    /** The address of an empty team case's database, whichever engine the other tests run on. */
    public static String newTeamCaseAddress() {
        return address(createDatabase(null));
    }

    /** A case of one's own holding what a laptop case holds, so that nothing one test changes is seen by another. */
    public static synchronized CaseFile copyOf(Path laptopCase, Path copy) {
        if (!POSTGRESQL) {
            try {
                java.nio.file.Files.copy(laptopCase, copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return CaseFile.open(copy);
        }
        String template = TEMPLATES.computeIfAbsent(laptopCase, file -> {
            String database = createDatabase(null);
            new TeamCases().push(file, address(database));
            return database;
        });
        return CaseFile.openTeamCase(address(createDatabase(template)));
    }

    /** A session on a case's database as its administrator, for checks the app leaves to its tests. */
    public static Connection connect(CaseFile caseFile) throws SQLException {
        if (!caseFile.isTeamCase()) {
            return DriverManager.getConnection("jdbc:sqlite:" + caseFile.path());
        }
        return connect(caseFile.shortName(), "postgres");
    }

    /** A session on the case {@link #newCase} made for a file's name, open or closed, as its administrator. */
    public static Connection connect(Path file) throws SQLException {
        if (!POSTGRESQL) {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        }
        synchronized (NAMED) {
            return connect(NAMED.get(file), "postgres");
        }
    }

    /** A session on a team case's database as one of its members, through no client of Dossier's. */
    public static Connection connect(String database, String member) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server().getPort() + "/" + database, member, "");
    }

    private static String address(String database) {
        return "postgresql://postgres@localhost:" + server().getPort() + "/" + database;
    }

    /** A database that sorts text as SQLite does, as a team case's must. */
    private static String createDatabase(String template) {
        String name = "case" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + (template == null ? "template0" : template)
                    + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
